package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.http.TrustedProxies;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the configuration deploy/kubernetes gives the service against the code that reads it. Every key is a
 * variable the service reads, production is declared, the dependencies are reached over https, and the service
 * accepts the whole of it with the image's heap.
 */
class DeployedConfigurationTest {

    private final Manifests manifests = Manifests.load();

    @Test
    void everyConfigMapAndSecretKeyIsAVariableTheServiceReads() {
        Set<String> unread = new TreeSet<>(manifests.environment().keySet());
        unread.removeAll(VariablesTheServiceReads.names());

        assertThat(unread).as("keys the manifests set that no code reads (a typo, or a variable not yet merged)")
                .isEmpty();
    }

    @Test
    void theSourceScanFindsVariablesHoweverTheServiceReadsThem() {
        // an Environment getter, a refused legacy name and logback.xml: a scan that found nothing would pass anything
        assertThat(VariablesTheServiceReads.names()).contains("PORT", "RABBITMQ_HOST", "MINIO_SECRET_KEY",
                "TRUST_FORWARDED_PROTO", "LOG_LEVEL").doesNotContain("TMPDIR");
    }

    @Test
    void theConfigMapAndTheImageBothSayProduction() {
        assertThat(manifests.configMap()).containsEntry("ENVIRONMENT", "production");
        assertThat(DockerImage.read().env()).as("ENV of the Dockerfile's final stage")
                .containsEntry("ENVIRONMENT", "production");
    }

    @Test
    void minioTheTenantServiceAndTheAuthServiceAreReachedOverHttps() {
        Map<String, String> config = manifests.configMap();

        assertThat(config).hasEntrySatisfying("MINIO_ENDPOINT", url -> assertThat(url).startsWith("https://"))
                .hasEntrySatisfying("TENANT_SERVICE_URL", url -> assertThat(url).startsWith("https://"))
                .hasEntrySatisfying("AUTH_SERVICE_URL", url -> assertThat(url).startsWith("https://"))
                .hasEntrySatisfying("MINIO_SECURE", secure -> assertThat(secure).isEqualTo("true"));
    }

    @Test
    void theServiceAcceptsTheManifestsConfigurationAndUsesNoEmbeddedStandIn() {
        Environment env = new Environment(manifests.environment());

        ServiceConfiguration config = ServiceConfiguration.from(env);
        // and with the image's heap, not this JVM's: the body budget is an eighth of it
        ServiceConfiguration.http(env, config.mode(), DockerImage.read().sizeOption("-Xmx").orElseThrow());

        assertThat(config.broker().embedded()).as("broker").isFalse();
        assertThat(config.minio()).as("media store").isPresent();
        assertThat(config.tenantService()).as("tenant directory").isPresent();
        assertThat(config.authService()).as("access tokens").isPresent();
        assertThat(config.http().enforceHttps()).isTrue();
        assertThat(config.http().trustedProxies()).as("with HTTPS enforced, no trusted proxy means every webhook is"
                + " redirected").doesNotHaveToString(TrustedProxies.none().toString());
    }

    @Test
    void kubernetesWaitsForTheDrainAndTheGraceBeforeItKillsThePod() {
        ServiceConfiguration config = ServiceConfiguration.from(new Environment(manifests.environment()));
        Duration termination = Duration.ofSeconds(manifests.podSpec().path("terminationGracePeriodSeconds")
                .asLong(30));

        assertThat(termination).as("terminationGracePeriodSeconds against SHUTDOWN_DRAIN_SECONDS (%s) +"
                + " SHUTDOWN_GRACE_SECONDS (%s)", config.drain(), config.grace())
                .isGreaterThan(config.drain().plus(config.grace()));
    }
}
