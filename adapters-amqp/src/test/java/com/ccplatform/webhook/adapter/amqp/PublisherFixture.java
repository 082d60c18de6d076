package com.ccplatform.webhook.adapter.amqp;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/** One test's publisher and its own queues, looked into with short-lived plain client connections; deleted after. */
final class PublisherFixture implements AutoCloseable {

    /** Something done on a plain amqp-client channel. */
    interface ChannelAction {
        void run(Channel channel) throws IOException;
    }

    final TestBroker broker;
    final AmqpSettings settings;
    private RabbitMqEventPublisher publisher;

    PublisherFixture(TestBroker broker, String test) {
        this.broker = broker;
        this.settings = broker.settingsFor(test);
    }

    RabbitMqEventPublisher publisher() {
        if (publisher == null) {
            publisher = new RabbitMqEventPublisher(settings);
        }
        return publisher;
    }

    RabbitMqEventPublisher publisher(AmqpSettings other) {
        return publisher(other, Clock.systemUTC());
    }

    RabbitMqEventPublisher publisher(AmqpSettings other, Clock clock) {
        publisher = new RabbitMqEventPublisher(other, clock);
        return publisher;
    }

    RabbitMqEventPublisher publisher(AmqpSettings other, Duration heartbeat) {
        publisher = new RabbitMqEventPublisher(other, Clock.systemUTC(), heartbeat);
        return publisher;
    }

    List<GetResponse> drain(String queue) throws Exception {
        try (Connection plain = broker.connect()) {
            return TestBroker.drain(plain, queue);
        }
    }

    void withChannel(ChannelAction action) throws Exception {
        try (Connection plain = broker.connect(); Channel channel = plain.createChannel()) {
            action.run(channel);
        }
    }

    void deleteQueue(String queue) throws Exception {
        withChannel(channel -> channel.queueDelete(queue));
    }

    /** Polls until the condition holds; false when it did not within the bound. */
    static boolean eventually(Duration bound, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() throws Exception {
        if (publisher != null) {
            publisher.close(Duration.ofSeconds(2));
        }
        for (String queue : List.of(settings.outboundQueue(), settings.statusQueue())) {
            try {
                deleteQueue(queue);
            } catch (IOException | com.rabbitmq.client.AlreadyClosedException e) {
                // the broker may not know the queue (Qpid refuses to delete a missing one): nothing to clean
            }
        }
    }
}
