package com.ccplatform.webhook.bootstrap;

import com.ccplatform.webhook.adapter.amqp.embedded.EmbeddedAmqpBroker;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * The broker the end-to-end tests publish to: RabbitMQ at RABBITMQ_HOST:RABBITMQ_PORT (default 127.0.0.1:5672) when
 * it answers, else an embedded Qpid broker so the suite runs anywhere. It says which one it used.
 */
public final class TestBroker {

    private static TestBroker shared;

    public final String host;
    public final int port;
    public final String kind;

    private TestBroker(String host, int port, String kind) {
        this.host = host;
        this.port = port;
        this.kind = kind;
    }

    public static synchronized TestBroker get() {
        if (shared == null) {
            String host = System.getenv().getOrDefault("RABBITMQ_HOST", "127.0.0.1");
            int port = Integer.parseInt(System.getenv().getOrDefault("RABBITMQ_PORT", "5672"));
            if (answers(host, port)) {
                shared = new TestBroker(host, port, "RabbitMQ at " + host + ":" + port);
            } else {
                EmbeddedAmqpBroker embedded = EmbeddedAmqpBroker.start(0);
                shared = new TestBroker(embedded.host(), embedded.port(), "embedded Qpid broker (no RabbitMQ found)");
            }
            System.out.println("end-to-end tests publish to " + shared.kind);
        }
        return shared;
    }

    public static Connection connect(String host, int port) throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername("guest");
        factory.setPassword("guest");
        return factory.newConnection("bootstrap-test-reader");
    }

    /** Takes every message off a queue, as UTF-8 bodies with their message ids. */
    public static List<GetResponse> drain(Connection connection, String queue) throws IOException {
        List<GetResponse> messages = new ArrayList<>();
        try (var channel = connection.createChannel()) {
            GetResponse message;
            while ((message = channel.basicGet(queue, true)) != null) {
                messages.add(message);
            }
        } catch (TimeoutException e) {
            throw new IOException(e);
        }
        return messages;
    }

    public static String body(GetResponse message) {
        return new String(message.getBody(), StandardCharsets.UTF_8);
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
