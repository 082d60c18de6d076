package com.ccplatform.webhook.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The start-up refusals issue 13 calls for, checked before anything is built and reported together, one line each: a
 * deployment that lost a variable (a typo, a renamed ConfigMap key) must stop, not run on a stand-in that keeps its
 * events in memory. Production requires every real dependency; unset requires all of them or none (the quick start);
 * development requires nothing. In every mode, HTTPS enforcement needs a trusted proxy to believe.
 */
final class DeploymentRules {

    /** The variables that point at a real dependency: without each, its part would run on an embedded stand-in. */
    static final List<String> INFRASTRUCTURE = List.of("RABBITMQ_HOST", "MINIO_ENDPOINT", "MINIO_ACCESS_KEY",
            "MINIO_SECRET_KEY", "TENANT_SERVICE_URL", "TENANT_SERVICE_TOKEN", "AUTH_SERVICE_URL");

    private DeploymentRules() {
    }

    /** @throws ConfigurationException with one line per missing variable, and one if HTTPS could never be seen */
    static void check(DeploymentMode mode, Environment env) {
        List<String> refusals = new ArrayList<>(missing(mode, env));
        httpsWithoutTrustedProxy(mode, env).ifPresent(refusals::add);
        if (!refusals.isEmpty()) {
            throw new ConfigurationException(refusals);
        }
    }

    private static List<String> missing(DeploymentMode mode, Environment env) {
        List<String> set = INFRASTRUCTURE.stream().filter(name -> env.optional(name).isPresent()).toList();
        List<String> unset = INFRASTRUCTURE.stream().filter(name -> !set.contains(name)).toList();
        String why;
        if (mode == DeploymentMode.PRODUCTION) {
            why = " is required when ENVIRONMENT=production";
        } else if (mode == DeploymentMode.UNSET && !set.isEmpty()) {
            why = " is required when " + String.join(", ", set) + (set.size() == 1 ? " is" : " are")
                    + " set and ENVIRONMENT is not (set ENVIRONMENT=development to run the parts left unset embedded)";
        } else {
            return List.of();
        }
        return unset.stream().map(name -> name + why).toList();
    }

    /**
     * The service speaks plain HTTP behind a TLS-terminating proxy and believes `X-Forwarded-Proto` only from
     * `TRUSTED_PROXIES`: enforcing HTTPS with nobody trusted would redirect every webhook, forever.
     */
    private static Optional<String> httpsWithoutTrustedProxy(DeploymentMode mode, Environment env) {
        if (!mode.enforceHttps(env) || !env.list("TRUSTED_PROXIES", List.of()).isEmpty()) {
            return Optional.empty();
        }
        String enforced = env.optional("ENFORCE_HTTPS").map(value -> "ENFORCE_HTTPS=" + value)
                .orElse("ENFORCE_HTTPS is on (the default when ENVIRONMENT=production)");
        return Optional.of(enforced + " but TRUSTED_PROXIES is empty: the service speaks plain HTTP and believes"
                + " X-Forwarded-Proto only from a trusted proxy, so every webhook would be redirected; set"
                + " TRUSTED_PROXIES to the TLS-terminating proxies' addresses, or ENFORCE_HTTPS=false");
    }
}
