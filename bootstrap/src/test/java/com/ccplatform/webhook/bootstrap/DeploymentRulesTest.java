package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13: what ENVIRONMENT lets the service run without, decided before anything starts. Production requires every
 * real dependency; unset allows all of them embedded or none; development allows any mix. Every refusal is one line.
 */
class DeploymentRulesTest {

    private static final Map<String, String> EVERY_DEPENDENCY = Map.of("RABBITMQ_HOST", "rabbitmq.messaging.svc",
            "MINIO_ENDPOINT", "http://minio:9000", "MINIO_ACCESS_KEY", "access-key",
            "MINIO_SECRET_KEY", "secret-key-0123456789", "TENANT_SERVICE_URL", "http://tenant-service",
            "TENANT_SERVICE_TOKEN", "tenant-token", "AUTH_SERVICE_URL", "http://auth-service");

    @ParameterizedTest
    @ValueSource(strings = {"RABBITMQ_HOST", "MINIO_ENDPOINT", "MINIO_ACCESS_KEY", "MINIO_SECRET_KEY",
            "TENANT_SERVICE_URL", "TENANT_SERVICE_TOKEN", "AUTH_SERVICE_URL"})
    void productionRefusesToStartWithoutEachRealDependency(String variable) {
        Map<String, String> env = production(EVERY_DEPENDENCY, "TRUSTED_PROXIES", "10.0.0.0/8");
        env.remove(variable);

        assertThat(refusals(env)).containsExactly(variable + " is required when ENVIRONMENT=production");
    }

    @Test
    void productionNamesEveryMissingVariableOneLineEach() {
        assertThat(refusals(production(Map.of(), "TRUSTED_PROXIES", "10.0.0.0/8"))).containsExactly(
                "RABBITMQ_HOST is required when ENVIRONMENT=production",
                "MINIO_ENDPOINT is required when ENVIRONMENT=production",
                "MINIO_ACCESS_KEY is required when ENVIRONMENT=production",
                "MINIO_SECRET_KEY is required when ENVIRONMENT=production",
                "TENANT_SERVICE_URL is required when ENVIRONMENT=production",
                "TENANT_SERVICE_TOKEN is required when ENVIRONMENT=production",
                "AUTH_SERVICE_URL is required when ENVIRONMENT=production");
    }

    @Test
    void aBlankVariableIsAMissingOne() {
        Map<String, String> env = production(EVERY_DEPENDENCY, "TRUSTED_PROXIES", "10.0.0.0/8");
        env.put("RABBITMQ_HOST", "  ");

        assertThat(refusals(env)).containsExactly("RABBITMQ_HOST is required when ENVIRONMENT=production");
    }

    @Test
    void productionWithEveryDependencyRunsNothingEmbeddedAndEnforcesHttps() {
        ServiceConfiguration config = from(production(EVERY_DEPENDENCY, "TRUSTED_PROXIES", "10.0.0.0/8"));

        assertThat(config.broker().embedded()).isFalse();
        assertThat(config.minio()).isPresent();
        assertThat(config.tenantService()).isPresent();
        assertThat(config.authService()).isPresent();
        assertThat(config.http().enforceHttps()).isTrue();
    }

    @Test
    void productionMayTurnHttpsEnforcementOffExplicitly() {
        ServiceConfiguration config = from(production(EVERY_DEPENDENCY, "ENFORCE_HTTPS", "false"));

        assertThat(config.http().enforceHttps()).isFalse();
    }

    @Test
    void httpsEnforcedByDefaultWithNoTrustedProxyIsRefusedSayingWhy() {
        assertThat(refusals(production(EVERY_DEPENDENCY, "ENVIRONMENT", "production"))).containsExactly(
                "ENFORCE_HTTPS is on (the default when ENVIRONMENT=production) but TRUSTED_PROXIES is empty: the"
                        + " service speaks plain HTTP and believes X-Forwarded-Proto only from a trusted proxy, so"
                        + " every webhook would be redirected; set TRUSTED_PROXIES to the TLS-terminating proxies'"
                        + " addresses, or ENFORCE_HTTPS=false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "development"})
    void httpsEnforcementWithNoTrustedProxyIsRefusedInEveryMode(String environment) {
        assertThat(refusals(Map.of("ENVIRONMENT", environment, "ENFORCE_HTTPS", "true"))).singleElement()
                .asString().startsWith("ENFORCE_HTTPS=true but TRUSTED_PROXIES is empty: ");
    }

    @Test
    void withNothingSetEveryPartIsEmbeddedAndHttpsIsNotEnforced() {
        ServiceConfiguration config = from(Map.of("PORT", "0", "TENANTS_FILE", "t.json", "MEDIA_DIRECTORY", "m"));

        assertThat(config.broker().embedded()).isTrue();
        assertThat(config.minio()).isEmpty();
        assertThat(config.tenantService()).isEmpty();
        assertThat(config.authService()).isEmpty();
        assertThat(config.http().enforceHttps()).isFalse();
    }

    @Test
    void withEnvironmentUnsetSomeInfrastructureSetRequiresTheRestNamingWhatIsSet() {
        String why = " is required when RABBITMQ_HOST, TENANT_SERVICE_URL are set and ENVIRONMENT is not"
                + " (set ENVIRONMENT=development to run the parts left unset embedded)";

        assertThat(refusals(Map.of("RABBITMQ_HOST", "rabbitmq", "TENANT_SERVICE_URL", "http://tenant-service")))
                .containsExactly("MINIO_ENDPOINT" + why, "MINIO_ACCESS_KEY" + why, "MINIO_SECRET_KEY" + why,
                        "TENANT_SERVICE_TOKEN" + why, "AUTH_SERVICE_URL" + why);
    }

    @Test
    void withEnvironmentUnsetEveryDependencySetStartsWithoutEnforcingHttps() {
        ServiceConfiguration config = from(EVERY_DEPENDENCY);

        assertThat(config.broker().embedded()).isFalse();
        assertThat(config.http().enforceHttps()).isFalse();
    }

    @Test
    void developmentAllowsAnyMixOfRealAndEmbeddedParts() {
        ServiceConfiguration config = from(Map.of("ENVIRONMENT", "development", "RABBITMQ_HOST", "rabbitmq"));

        assertThat(config.broker().embedded()).isFalse();
        assertThat(config.minio()).isEmpty();
        assertThat(config.tenantService()).isEmpty();
        assertThat(config.authService()).isEmpty();
        assertThat(config.http().enforceHttps()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "prod", "dev", "test", "local"})
    void anEnvironmentItDoesNotKnowIsRefusedInOneLine(String value) {
        assertThat(refusals(Map.of("ENVIRONMENT", value))).containsExactly("ENVIRONMENT must be production or"
                + " development (or unset for the embedded quick start), got '" + value + "'");
    }

    @Test
    void environmentIsReadRegardlessOfCase() {
        assertThat(refusals(Map.of("ENVIRONMENT", "Production", "TRUSTED_PROXIES", "10.0.0.0/8")))
                .hasSize(7).allSatisfy(line -> assertThat(line).endsWith(" is required when ENVIRONMENT=production"));
    }

    @Test
    void aProductionConfigurationCannotHoldAnEmbeddedPart() {
        ServiceConfiguration real = from(production(EVERY_DEPENDENCY, "TRUSTED_PROXIES", "10.0.0.0/8"));

        assertThatThrownBy(() -> new ServiceConfiguration(real.mode(), real.serviceName(), real.http(), real.broker(), Optional.empty(),
                real.mediaDirectory(), real.tenantService(), real.tenantsFile(), real.tenantCache(),
                real.authService(), real.download(), real.maxFileBytes(), real.mediaTransfers(), real.echoPrefixes(),
                real.drain(), real.grace())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ENVIRONMENT=production runs on real dependencies only");
    }

    private static Map<String, String> production(Map<String, String> base, String name, String value) {
        Map<String, String> env = new HashMap<>(base);
        env.put("ENVIRONMENT", "production");
        env.put(name, value);
        return env;
    }

    private static ServiceConfiguration from(Map<String, String> env) {
        return ServiceConfiguration.from(new Environment(env));
    }

    /** The lines the start is refused with, one per problem. */
    private static List<String> refusals(Map<String, String> env) {
        ConfigurationException refused = catchThrowableOfType(ConfigurationException.class, () -> from(env));
        assertThat(refused).as("refused to start").isNotNull();
        return List.of(refused.getMessage().split("\n"));
    }
}
