package com.ccplatform.webhook.benchmark;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/** Empties a queue with a plain consumer and returns the `message_id` of every message in it, then deletes it. */
public final class QueueDrain {

    private QueueDrain() {
    }

    /** Every message id in the queue (duplicates kept, null for a message without one) and the bytes read. */
    public record Drained(List<String> messageIds, long bodyBytes) {
    }

    public static Drained drainAndDelete(ConnectionFactory factory, String queue, long idleMillis)
            throws IOException, TimeoutException, InterruptedException {
        try (Connection connection = factory.newConnection("webhook-benchmark-drain")) {
            Channel channel = connection.createChannel();
            long expected = channel.queueDeclarePassive(queue).getMessageCount();
            List<String> ids = new ArrayList<>((int) Math.min(expected, 10_000_000));
            LongAdder bytes = new LongAdder();
            CountDownLatch all = new CountDownLatch(expected > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) expected);
            String tag = channel.basicConsume(queue, true, new DefaultConsumer(channel) {
                @Override
                public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
                                           byte[] body) throws IOException {
                    synchronized (ids) {
                        ids.add(Objects.requireNonNullElse(properties.getMessageId(), "(none)"));
                    }
                    bytes.add(body.length);
                    all.countDown();
                }
            });
            // bounded: the wait restarts only while messages keep arriving
            for (long seen = -1; all.getCount() > 0 && seen != all.getCount(); ) {
                seen = all.getCount();
                all.await(idleMillis, TimeUnit.MILLISECONDS);
            }
            channel.basicCancel(tag);
            channel.queueDelete(queue);
            synchronized (ids) {
                return new Drained(List.copyOf(ids), bytes.sum());
            }
        }
    }
}
