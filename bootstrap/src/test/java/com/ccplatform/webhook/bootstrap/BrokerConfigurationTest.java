package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.adapter.amqp.AmqpSettings;
import com.ccplatform.webhook.adapter.amqp.BrokerEndpoint;
import com.ccplatform.webhook.adapter.amqp.TestCertificates;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker variables: one host as before, a cluster's node list, TLS, the connection's name, and the refusals. */
class BrokerConfigurationTest {

    private static final List<BrokerEndpoint> THREE_NODES = List.of(BrokerEndpoint.plain("rabbit-0", 5672),
            BrokerEndpoint.plain("rabbit-1", 5672), BrokerEndpoint.plain("rabbit-2", 5672));

    @TempDir
    Path directory;

    @Test
    void oneHostAndItsPortAreReadAsBefore() {
        BrokerConfiguration config = from(Map.of("RABBITMQ_HOST", "rabbitmq.messaging.svc", "RABBITMQ_PORT", "5673"));

        assertThat(config.endpoints()).containsExactly(BrokerEndpoint.plain("rabbitmq.messaging.svc", 5673));
        assertThat(config.settings(new Random(1)).endpoints()).isEqualTo(config.endpoints());
        assertThat(from(Map.of("RABBITMQ_HOST", "rabbit")).endpoints())
                .containsExactly(BrokerEndpoint.plain("rabbit", 5672));
    }

    @Test
    void noHostMeansTheEmbeddedBroker() {
        assertThat(from(Map.of()).embedded()).isTrue();
        assertThat(from(Map.of()).embeddedSettings("127.0.0.1", 40000).endpoints())
                .containsExactly(BrokerEndpoint.plain("127.0.0.1", 40000));
    }

    @Test
    void aCommaSeparatedHostListIsTheNodesOfOneCluster() {
        BrokerConfiguration config = from(Map.of("RABBITMQ_HOST", "rabbit-0, rabbit-1:5672,amqp://rabbit-2"));

        assertThat(config.endpoints()).isEqualTo(THREE_NODES);
        assertThat(config.describe()).isEqualTo("rabbit-0:5672, rabbit-1:5672, rabbit-2:5672");
    }

    @Test
    void eachInstanceShufflesTheNodesOnceSoReplicasSpreadOverThem() {
        BrokerConfiguration config = from(Map.of("RABBITMQ_HOST", "rabbit-0,rabbit-1,rabbit-2"));

        assertThat(config.settings(new Random(7)).endpoints()).isEqualTo(config.settings(new Random(7)).endpoints())
                .containsExactlyInAnyOrderElementsOf(THREE_NODES);
        Set<BrokerEndpoint> firstNodes = new HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            firstNodes.add(config.settings(new Random(seed)).endpoints().get(0));
        }
        assertThat(firstNodes).as("the node each of 50 instances tries first").containsExactlyInAnyOrderElementsOf(
                THREE_NODES);
    }

    @Test
    void rabbitmqSslSpeaksTlsToEveryNodeOn5671UnlessAPortIsGiven() {
        BrokerConfiguration config = from(Map.of("RABBITMQ_HOST", "rabbit-0,rabbit-1:6000", "RABBITMQ_SSL", "true"));

        assertThat(config.endpoints()).containsExactly(new BrokerEndpoint("rabbit-0", 5671, true),
                new BrokerEndpoint("rabbit-1", 6000, true));
        assertThat(config.settings(new Random()).tls()).isTrue();
        assertThat(from(Map.of("RABBITMQ_HOST", "amqps://rabbit-0")).settings(new Random()).tls()).isTrue();
    }

    @Test
    void aGivenTrustStoreIsReadAtStartAndHandedToTheAdapter() throws Exception {
        TestCertificates certificates = TestCertificates.create(directory, "rabbit-0");

        AmqpSettings settings = from(Map.of("RABBITMQ_HOST", "amqps://rabbit-0", "RABBITMQ_TRUSTSTORE",
                certificates.trustStore().toString(), "RABBITMQ_TRUSTSTORE_PASSWORD", TestCertificates.PASSWORD))
                .settings(new Random());

        assertThat(settings.trustStore()).hasValueSatisfying(store -> assertThat(store.path())
                .isEqualTo(certificates.trustStore()));
        assertThat(settings.toString()).doesNotContain(TestCertificates.PASSWORD);
        assertThat(from(Map.of("RABBITMQ_HOST", "amqps://rabbit-0", "RABBITMQ_TRUSTSTORE",
                certificates.caPem().toString())).trustStore()).isPresent();
    }

    @Test
    void theConnectionIsNamedServiceNameAtHostnameUnlessRabbitmqConnectionNameSaysOtherwise() {
        assertThat(BrokerConfiguration.from(env(Map.of()), () -> "webhook-7d9f-abcde").connectionName())
                .isEqualTo("genesys-webhook-service@webhook-7d9f-abcde");
        assertThat(BrokerConfiguration.from(env(Map.of("SERVICE_NAME", "genesys-webhook-eu")), () -> "pod-1")
                .connectionName()).isEqualTo("genesys-webhook-eu@pod-1");
        BrokerConfiguration named = BrokerConfiguration.from(env(Map.of("SERVICE_NAME", "genesys-webhook-eu",
                "RABBITMQ_CONNECTION_NAME", "webhooks-blue", "RABBITMQ_HOST", "rabbit")), () -> "pod-1");
        assertThat(named.settings(new Random()).connectionName()).isEqualTo("webhooks-blue");
        assertThat(from(Map.of()).connectionName()).isEqualTo(AmqpSettings.defaultConnectionName());
    }

    @Test
    void refusesABadNodeListInOneLineNamingTheVariable() {
        assertRefused(Map.of("RABBITMQ_HOST", "rabbit-0,,rabbit-1"), "RABBITMQ_HOST: address 2 is empty");
        assertRefused(Map.of("RABBITMQ_HOST", "rabbit-0:99999"), "RABBITMQ_HOST: 'rabbit-0:99999' has port '99999'");
        assertRefused(Map.of("RABBITMQ_HOST", "::1"), "RABBITMQ_HOST: '::1' looks like an IPv6 address");
        assertRefused(Map.of("RABBITMQ_HOST", "amqps://a,amqp://b"), "RABBITMQ_HOST: 'amqp://b' asks for plain AMQP");
        assertRefused(Map.of("RABBITMQ_HOST", "rabbit", "RABBITMQ_PORT", "0"), "RABBITMQ_PORT must be a whole number");
        assertRefused(Map.of("RABBITMQ_HOST", "rabbit", "RABBITMQ_SSL", "maybe"), "RABBITMQ_SSL must be true or false");
    }

    @Test
    void refusesTlsSettingsThatWouldBeIgnored() {
        assertRefused(Map.of("RABBITMQ_SSL", "true"), "RABBITMQ_SSL=true needs RABBITMQ_HOST");
        assertRefused(Map.of("RABBITMQ_HOST", "rabbit", "RABBITMQ_TRUSTSTORE", "/etc/ssl/rabbit.p12"),
                "RABBITMQ_TRUSTSTORE is set but RabbitMQ is not spoken to in TLS");
        assertRefused(Map.of("RABBITMQ_HOST", "rabbit", "RABBITMQ_SSL", "true", "RABBITMQ_TRUSTSTORE",
                directory.resolve("missing.p12").toString()), "RABBITMQ_TRUSTSTORE: trust store ");
    }

    @Test
    void refusesATrustStoreWhosePasswordIsWrongWithoutRepeatingIt() throws Exception {
        TestCertificates certificates = TestCertificates.create(directory, "rabbit-0");

        assertThatThrownBy(() -> from(Map.of("RABBITMQ_HOST", "amqps://rabbit-0", "RABBITMQ_TRUSTSTORE",
                certificates.trustStore().toString(), "RABBITMQ_TRUSTSTORE_PASSWORD", "not-the-password")))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("RABBITMQ_TRUSTSTORE: ")
                .hasMessageNotContaining("not-the-password").hasMessageNotContaining("\n");
    }

    private static void assertRefused(Map<String, String> variables, String message) {
        assertThatThrownBy(() -> from(variables)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(message).hasMessageNotContaining("\n");
    }

    private static BrokerConfiguration from(Map<String, String> variables) {
        return BrokerConfiguration.from(env(variables));
    }

    private static Environment env(Map<String, String> variables) {
        return new Environment(new HashMap<>(variables));
    }
}
