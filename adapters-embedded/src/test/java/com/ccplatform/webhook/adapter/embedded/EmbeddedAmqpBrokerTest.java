package com.ccplatform.webhook.adapter.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import com.rabbitmq.client.MessageProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The in-JVM broker of the quick start, seen from a bare AMQP 0-9-1 client: it carries messages, its connections can
 * be dropped from its side, and it keeps nothing across a restart (which is why the banner warns about it).
 */
class EmbeddedAmqpBrokerTest {

    @Test
    void carriesAPersistentMessageFromAPublisherToAConsumerAsGuest() throws Exception {
        try (EmbeddedAmqpBroker broker = EmbeddedAmqpBroker.start(0);
             Connection connection = connect(broker); Channel channel = connection.createChannel()) {
            channel.queueDeclare("carried", true, false, false, null);
            channel.confirmSelect();
            channel.basicPublish("", "carried", MessageProperties.PERSISTENT_TEXT_PLAIN, bytes("hello"));
            channel.waitForConfirmsOrDie(10_000);

            GetResponse message = channel.basicGet("carried", true);

            assertThat(broker.host()).isEqualTo("127.0.0.1");
            assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).isEqualTo("hello");
        }
    }

    @Test
    void dropsEveryClientConnectionFromItsSide() throws Exception {
        try (EmbeddedAmqpBroker broker = EmbeddedAmqpBroker.start(0)) {
            Connection connection = connect(broker);
            int dropped = broker.dropConnections();

            assertThat(dropped).isEqualTo(1);
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (connection.isOpen() && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertThat(connection.isOpen()).isFalse();
        }
    }

    @Test
    void keepsNothingAcrossARestartEvenPersistentMessagesInDurableQueues() throws Exception {
        int port;
        try (EmbeddedAmqpBroker broker = EmbeddedAmqpBroker.start(0);
             Connection connection = connect(broker); Channel channel = connection.createChannel()) {
            port = broker.port();
            channel.queueDeclare("kept", true, false, false, null);
            channel.confirmSelect();
            channel.basicPublish("", "kept", MessageProperties.PERSISTENT_TEXT_PLAIN, bytes("lost on restart"));
            channel.waitForConfirmsOrDie(10_000);
        }

        try (EmbeddedAmqpBroker restarted = EmbeddedAmqpBroker.start(port);
             Connection connection = connect(restarted); Channel channel = connection.createChannel()) {
            channel.queueDeclare("kept", true, false, false, null);

            assertThat(channel.basicGet("kept", true)).isNull();
        }
    }

    private static Connection connect(EmbeddedAmqpBroker broker) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(broker.host());
        factory.setPort(broker.port());
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setAutomaticRecoveryEnabled(false);
        return factory.newConnection("embedded-broker-test");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
