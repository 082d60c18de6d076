package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The variables read into settings, and the one-line refusals when they are wrong. */
class ServiceConfigurationTest {

    @Test
    void readsTrustedProxiesAsCidrBlocks() {
        ServiceConfiguration config = from(Map.of("TRUSTED_PROXIES", " 10.0.0.0/8, 2001:db8::/32 ,192.0.2.7"));

        assertThat(config.http().trustedProxies()).hasToString("10.0.0.0/8, 2001:db8::/32, 192.0.2.7/32");
    }

    @Test
    void trustsNoProxyByDefault() {
        assertThat(from(Map.of()).http().trustedProxies()).hasToString("none");
    }

    @Test
    void refusesAnEntryThatIsNotABlockNamingTheVariableAndTheEntry() {
        assertThatThrownBy(() -> from(Map.of("TRUSTED_PROXIES", "10.0.0.0/8, ingress.internal")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("TRUSTED_PROXIES ")
                .hasMessageContaining("'ingress.internal'")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false"})
    void refusesTheRemovedTrustForwardedProtoAndPointsToTrustedProxies(String value) {
        assertThatThrownBy(() -> from(Map.of("TRUST_FORWARDED_PROTO", value)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("TRUST_FORWARDED_PROTO ")
                .hasMessageContaining("TRUSTED_PROXIES")
                .hasMessageNotContaining("\n");
    }

    @Test
    void letsRedirectsGoToAnyPublicHostUnlessMediaRedirectAllowedHostsNarrowsThem() {
        assertThat(from(Map.of()).download().redirectHosts()).isEmpty();
        assertThat(from(Map.of("MEDIA_REDIRECT_ALLOWED_HOSTS", "*.s3.amazonaws.com, http://127.0.0.1:9000"))
                .download().redirectHosts()).hasValueSatisfying(hosts -> assertThat(hosts.entries())
                        .containsExactly("https://*.s3.amazonaws.com", "http://127.0.0.1:9000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MEDIA_ALLOWED_HOSTS", "MEDIA_REDIRECT_ALLOWED_HOSTS"})
    void refusesAMalformedHostListNamingItsVariable(String variable) {
        assertThatThrownBy(() -> from(Map.of(variable, "ftp://files.example.com")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(variable + " ")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> from(Map.of(variable, " , "))).hasMessage(variable + " lists no host");
    }

    @Test
    void refusesATenantServiceWithoutItsTokenInOneLine() {
        assertThatThrownBy(() -> from(Map.of("ENVIRONMENT", "development", "TENANT_SERVICE_URL", "http://tenants")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("TENANT_SERVICE_TOKEN is required when TENANT_SERVICE_URL is set");
    }

    @Test
    void namesTheServiceFromServiceNameElseGenesysWebhookService() {
        assertThat(from(Map.of()).serviceName()).isEqualTo("genesys-webhook-service");
        assertThat(from(Map.of("SERVICE_NAME", "webhooks-eu-west-1")).serviceName()).isEqualTo("webhooks-eu-west-1");
    }

    private static ServiceConfiguration from(Map<String, String> env) {
        return ServiceConfiguration.from(new Environment(env));
    }
}
