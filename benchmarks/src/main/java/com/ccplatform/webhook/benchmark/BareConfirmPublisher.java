package com.ccplatform.webhook.benchmark;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The broker's own ceiling: a bare amqp-client publisher of persistent messages to a durable queue, on a few
 * confirm channels, where each caller waits for the broker's confirm of its own message, as the service does.
 * Thread-safe.
 */
public final class BareConfirmPublisher implements AutoCloseable {

    private final Connection connection;
    private final List<ConfirmedChannel> channels = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final List<String> queues;

    /** Declares {@code queues} (durable) and opens {@code channelCount} confirm channels. */
    public BareConfirmPublisher(ConnectionFactory factory, List<String> queues, int channelCount)
            throws IOException, TimeoutException {
        this.connection = factory.newConnection("webhook-benchmark-broker-only");
        this.queues = List.copyOf(queues);
        Channel admin = connection.createChannel();
        for (String queue : this.queues) {
            admin.queueDeclare(queue, true, false, false, Map.of());
        }
        admin.close();
        for (int i = 0; i < channelCount; i++) {
            channels.add(new ConfirmedChannel(connection.createChannel()));
        }
    }

    /** Publishes one persistent message to the {@code queue}-th queue and returns once the broker confirmed it. */
    public void publish(int queue, byte[] body, String messageId) throws Exception {
        publishAsync(queue, body, messageId).get(10, TimeUnit.SECONDS);
    }

    /** Publishes one persistent message to the {@code queue}-th queue; the future completes with its confirm. */
    public CompletableFuture<Void> publishAsync(int queue, byte[] body, String messageId) throws IOException {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().deliveryMode(2)
                .contentType("application/json").messageId(messageId).timestamp(new Date())
                .headers(Map.of("tenantId", "benchmark", "eventType", "message")).build();
        ConfirmedChannel channel = channels.get(Math.floorMod(next.getAndIncrement(), channels.size()));
        return channel.publish(queues.get(queue), properties, body);
    }

    /** Deletes the queues and closes the connection. */
    @Override
    public void close() throws IOException, TimeoutException {
        try (Channel admin = connection.createChannel()) {
            for (String queue : queues) {
                admin.queueDelete(queue);
            }
        } finally {
            connection.close();
        }
    }

    /** A channel in confirm mode whose confirms complete the futures of the publishes they cover. */
    private static final class ConfirmedChannel {
        private final Channel channel;
        private final ConcurrentNavigableMap<Long, CompletableFuture<Void>> pending = new ConcurrentSkipListMap<>();

        ConfirmedChannel(Channel channel) throws IOException {
            this.channel = channel;
            channel.confirmSelect();
            channel.addConfirmListener((tag, multiple) -> settle(tag, multiple, null),
                    (tag, multiple) -> settle(tag, multiple, new IOException("nack")));
        }

        CompletableFuture<Void> publish(String queue, AMQP.BasicProperties properties, byte[] body)
                throws IOException {
            CompletableFuture<Void> confirmed = new CompletableFuture<>();
            synchronized (this) {
                pending.put(channel.getNextPublishSeqNo(), confirmed);
                channel.basicPublish("", queue, properties, body);
            }
            return confirmed;
        }

        private void settle(long tag, boolean multiple, Exception failure) {
            Map<Long, CompletableFuture<Void>> covered = multiple ? pending.headMap(tag, true)
                    : pending.subMap(tag, true, tag, true);
            for (CompletableFuture<Void> future : covered.values()) {
                if (failure == null) {
                    future.complete(null);
                } else {
                    future.completeExceptionally(failure);
                }
            }
            covered.clear();
        }
    }
}
