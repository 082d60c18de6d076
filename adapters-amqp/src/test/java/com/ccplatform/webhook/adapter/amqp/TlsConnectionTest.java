package com.ccplatform.webhook.adapter.amqp;

import static com.ccplatform.webhook.application.testkit.EventPublisherContract.agentMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.HealthProbe.ProbeResult;
import com.ccplatform.webhook.application.port.out.PublishFailedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TLS to the broker for real: a broker whose certificate a throwaway CA signed for `localhost` only. The publisher
 * connects and publishes when it trusts that CA and names the host the certificate names; it refuses to connect, and
 * reports unhealthy, when the certificate names another host or its CA is not trusted.
 */
class TlsConnectionTest {

    private static final Duration BUDGET = Duration.ofSeconds(10);
    private static Path files;
    private static TestCertificates certificates;
    private static TlsBroker broker;
    private final String unique = "tls-" + UUID.randomUUID().toString().substring(0, 8);
    private RabbitMqEventPublisher publisher;

    @BeforeAll
    static void startBroker() throws Exception {
        files = Files.createTempDirectory("gws-tls-certificates");
        certificates = TestCertificates.create(files, "localhost");
        broker = TlsBroker.start(certificates);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
        NodeFiles.delete(files);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (publisher != null) {
            publisher.close(Duration.ofSeconds(2));
        }
        try (Connection plain = broker.plainConnection(); Channel channel = plain.createChannel()) {
            channel.queueDelete("outbound-" + unique);
            channel.queueDelete("status-" + unique);
        }
    }

    @Test
    void publishesOverTlsWhenTheBrokersCaIsTrustedAndItsCertificateNamesTheHost() throws Exception {
        publisher = new RabbitMqEventPublisher(settings("localhost", Optional.of(certificates.trustStore())));

        ProbeResult health = publisher.check();
        publisher.publish(agentMessage("msg-over-tls"), Deadline.in(BUDGET));

        assertThat(health.healthy()).as(health.detail()).isTrue();
        assertThat(health.detail()).isEqualTo("connected to localhost:" + broker.tlsPort() + " (127.0.0.1)");
        try (Connection plain = broker.plainConnection()) {
            assertThat(TestBroker.drain(plain, "outbound-" + unique)).extracting(m -> m.getProps().getMessageId())
                    .containsExactly("msg-over-tls");
        }
    }

    @Test
    void trustsTheCaGivenAsPemCertificatesToo() throws Exception {
        publisher = new RabbitMqEventPublisher(settings("localhost", Optional.of(certificates.caPem())));

        assertThat(publisher.check().healthy()).as(publisher.check().detail()).isTrue();
        publisher.publish(agentMessage("msg-pem-trust"), Deadline.in(BUDGET));
    }

    @Test
    void refusesABrokerWhoseCertificateNamesAnotherHostAndReportsUnhealthy() throws Exception {
        // the same broker and CA, reached as 127.0.0.1: the certificate names localhost only
        publisher = new RabbitMqEventPublisher(settings("127.0.0.1", Optional.of(certificates.trustStore())));

        assertRefused("cannot connect to amqps://127.0.0.1:" + broker.tlsPort(), "127.0.0.1");
    }

    @Test
    void refusesABrokerWhoseCaIsNotTrustedAndReportsUnhealthy() throws Exception {
        // the JVM's own trust store, which does not hold the throwaway CA
        publisher = new RabbitMqEventPublisher(settings("localhost", Optional.empty()));

        assertRefused("cannot connect to amqps://localhost:" + broker.tlsPort(), "certification path");
    }

    private void assertRefused(String detail, String why) throws Exception {
        ProbeResult health = publisher.check();
        assertThat(health.healthy()).as(health.detail()).isFalse();
        assertThat(health.detail()).startsWith(detail).contains(why);
        assertThatThrownBy(() -> publisher.publish(agentMessage("msg-refused"), Deadline.in(BUDGET)))
                .isInstanceOf(PublishFailedException.class).hasMessageContaining("not available");
        Thread.sleep(2_500); // the background retry fails the same way
        assertThat(publisher.check().healthy()).isFalse();
        try (Connection plain = broker.plainConnection(); Channel channel = plain.createChannel()) {
            channel.queueDeclare("outbound-" + unique, true, false, false, null);
            assertThat(channel.messageCount("outbound-" + unique)).isZero();
        }
    }

    private AmqpSettings settings(String host, Optional<Path> trusted) {
        return AmqpSettings.defaults(host, broker.tlsPort())
                .withEndpoints(List.of(new BrokerEndpoint(host, broker.tlsPort(), true)),
                        trusted.map(path -> AmqpTrustStore.load(path, TestCertificates.PASSWORD)))
                .withQueues("outbound-" + unique, "status-" + unique)
                .withConnection("genesys-webhook-service@test-" + unique, 2);
    }
}
