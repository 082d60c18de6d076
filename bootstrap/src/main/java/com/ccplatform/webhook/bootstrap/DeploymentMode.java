package com.ccplatform.webhook.bootstrap;

import java.util.Locale;
import java.util.Optional;

/**
 * What `ENVIRONMENT` (FRD 10.2) says this process is, decided once at start, here alone: production runs on real
 * dependencies only, development lets each part be real or embedded by its own variables, and unset is the quick
 * start (every part embedded) or a deployment that named every dependency. {@link DeploymentRules} says what each
 * requires.
 */
enum DeploymentMode {

    PRODUCTION("production"),
    DEVELOPMENT("development"),
    UNSET("not set");

    private final String label;

    DeploymentMode(String label) {
        this.label = label;
    }

    /** The mode `ENVIRONMENT` names, in any case; a value it does not know is refused, never guessed at. */
    static DeploymentMode of(Environment env) {
        Optional<String> value = env.optional("ENVIRONMENT");
        if (value.isEmpty()) {
            return UNSET;
        }
        switch (value.get().toLowerCase(Locale.ROOT)) {
            case "production":
                return PRODUCTION;
            case "development":
                return DEVELOPMENT;
            default:
                throw new ConfigurationException("ENVIRONMENT must be production or development (or unset for the"
                        + " embedded quick start), got '" + value.get() + "'");
        }
    }

    /** `ENFORCE_HTTPS`, which defaults to on in production (FRD 8.4.1) and off otherwise. */
    boolean enforceHttps(Environment env) {
        return env.bool("ENFORCE_HTTPS", this == PRODUCTION);
    }

    /** Whether a part left unconfigured may run on its embedded stand-in (for unset, once the rules have passed). */
    boolean allowsEmbedded() {
        return this != PRODUCTION;
    }

    /** How the start-up banner names it. */
    String label() {
        return label;
    }
}
