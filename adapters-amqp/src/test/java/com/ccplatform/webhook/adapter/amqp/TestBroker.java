package com.ccplatform.webhook.adapter.amqp;

import com.ccplatform.webhook.adapter.embedded.EmbeddedAmqpBroker;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * The broker the integration tests (this module's, bootstrap's and the system tests') run against, chosen once per JVM: RabbitMQ at 127.0.0.1:5672 (or
 * RABBITMQ_HOST/RABBITMQ_PORT) when it answers, else RabbitMQ in Testcontainers when Docker works, else embedded Qpid.
 */
public final class TestBroker {

    private static TestBroker shared;

    private final String description;
    private final String host;
    private final int port;
    private final BrokerSideFailure.Closer closer;

    private TestBroker(String description, String host, int port, BrokerSideFailure.Closer closer) {
        this.description = description;
        this.host = host;
        this.port = port;
        this.closer = closer;
    }

    public static synchronized TestBroker get() {
        if (shared == null) {
            shared = choose();
            System.out.println("[amqp tests] using " + shared.description + " at " + shared.host + ":" + shared.port);
        }
        return shared;
    }

    /** A fresh embedded Qpid broker, for proving the embedded path even where RabbitMQ runs. */
    static TestBroker embedded(EmbeddedAmqpBroker broker) {
        return new TestBroker("embedded Qpid Broker-J", broker.host(), broker.port(), name -> broker::dropConnections);
    }

    /** Settings with queues and a connection name that no other test uses. */
    AmqpSettings settingsFor(String test) {
        String unique = test + "-" + UUID.randomUUID().toString().substring(0, 8);
        return AmqpSettings.defaults(host, port)
                .withQueues("outbound-" + unique, "status-" + unique)
                .withConnection("genesys-webhook-service@test-" + unique, 4);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** Deletes queues a test made on this broker (the shared one outlives the test run), quietly. */
    public void deleteQueues(String... queues) {
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            for (String queue : queues) {
                channel.queueDelete(queue);
            }
        } catch (IOException | TimeoutException | RuntimeException e) {
            System.out.println("[amqp tests] could not delete queues " + String.join(", ", queues) + ": " + e);
        }
    }

    /** A plain consumer connection to this broker. */
    public Connection connect() throws IOException, TimeoutException {
        return connect(host, port);
    }

    /** A plain consumer connection to any broker that takes guest/guest, e.g. a service's own embedded one. */
    public static Connection connect(String host, int port) throws IOException, TimeoutException {
        return factory(host, port).newConnection("amqp-test-consumer");
    }

    BrokerSideFailure.Action closerOf(String connectionName) throws Exception {
        return closer.prepare(connectionName);
    }

    /** Takes every message off {@code queue}. */
    public static List<GetResponse> drain(Connection connection, String queue) throws IOException {
        List<GetResponse> messages = new ArrayList<>();
        try (Channel channel = connection.createChannel()) {
            for (GetResponse message = channel.basicGet(queue, true); message != null;
                 message = channel.basicGet(queue, true)) {
                messages.add(message);
            }
        } catch (TimeoutException e) {
            throw new IOException("closing the reading channel timed out", e);
        }
        return messages;
    }

    public static String body(GetResponse message) {
        return new String(message.getBody(), StandardCharsets.UTF_8);
    }

    private static TestBroker choose() {
        String host = System.getenv().getOrDefault("RABBITMQ_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("RABBITMQ_PORT", "5672"));
        if (answers(host, port)) {
            return new TestBroker("RabbitMQ (already running)", host, port, RabbitMqCtl::closer);
        }
        if (dockerWorks()) {
            RabbitMQContainer container = new RabbitMQContainer("rabbitmq:3.13-alpine");
            container.start();
            return new TestBroker("RabbitMQ in Testcontainers", container.getHost(), container.getAmqpPort(),
                    name -> RabbitMqCtl.closer(name, command -> container.execInContainer(command).getStdout()));
        }
        EmbeddedAmqpBroker broker = EmbeddedAmqpBroker.start(0);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
        return embedded(broker);
    }

    private static boolean answers(String host, int port) {
        ConnectionFactory factory = factory(host, port);
        factory.setConnectionTimeout(1_000);
        try (Connection ignored = factory.newConnection("amqp-test-probe")) {
            return true;
        } catch (IOException | TimeoutException e) {
            return false;
        }
    }

    private static boolean dockerWorks() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static ConnectionFactory factory(String host, int port) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername("guest");
        factory.setPassword("guest");
        return factory;
    }
}
