package com.ccplatform.webhook.systemtest.faults;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** Takes every message off queues and counts them by AMQP `message_id`: how many copies of each event arrived. */
public final class QueueCensus {

    private QueueCensus() {
    }

    /** Copies per message id over all {@code queues}. */
    public static Map<String, Integer> drain(String host, int port, String vhost, String... queues)
            throws IOException, TimeoutException {
        Map<String, Integer> copies = new HashMap<>();
        try (Connection connection = connect(host, port, vhost); Channel channel = connection.createChannel()) {
            for (String queue : queues) {
                GetResponse message;
                while ((message = channel.basicGet(queue, true)) != null) {
                    copies.merge(String.valueOf(message.getProps().getMessageId()), 1, Integer::sum);
                }
            }
        }
        return copies;
    }

    /** The UTF-8 bodies of every message on {@code queue} of vhost "/", by message id (the last copy wins). */
    public static Map<String, String> bodies(String host, int port, String queue) throws IOException, TimeoutException {
        Map<String, String> bodies = new HashMap<>();
        try (Connection connection = connect(host, port, "/"); Channel channel = connection.createChannel()) {
            GetResponse message;
            while ((message = channel.basicGet(queue, true)) != null) {
                bodies.put(message.getProps().getMessageId(), new String(message.getBody(), StandardCharsets.UTF_8));
            }
        }
        return bodies;
    }

    private static Connection connect(String host, int port, String vhost) throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setVirtualHost(vhost);
        return factory.newConnection("fault-test-census");
    }
}
