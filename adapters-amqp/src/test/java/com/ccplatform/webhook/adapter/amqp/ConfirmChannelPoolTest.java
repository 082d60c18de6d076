package com.ccplatform.webhook.adapter.amqp;

import static com.ccplatform.webhook.application.testkit.EventPublisherContract.agentMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.out.PublishFailedException;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pool on a real connection with channels the broker closed (a publish to a missing exchange), its reopens held
 * until the test runs them: which channel a publish takes, and what it waits for, never depends on timing.
 */
class ConfirmChannelPoolTest {

    private static final Duration BUDGET = Duration.ofSeconds(20);

    private final PublisherFixture fixture = new PublisherFixture(TestBroker.get(), "pool");
    private final OutboundFrames frames = new OutboundFrames(Duration.ofSeconds(40), () -> false);
    private final HeldTasks reopens = new HeldTasks();
    private Connection connection;

    @BeforeEach
    void connect() throws Exception {
        connection = ConnectionFactories.forSettings(fixture.settings, ConnectionFactories.HEARTBEAT, frames)
                .newConnection(fixture.settings.connectionName());
        Topology.prepare(connection, fixture.settings);
    }

    @AfterEach
    void close() throws Exception {
        try {
            connection.abort();
        } finally {
            fixture.close();
        }
    }

    @Test
    void publishesOnTheFirstChannelReopenedWhenTheBrokerClosedEveryOne() throws Exception {
        ConfirmChannelPool pool = pool(2, () -> ConfirmChannel.open(connection, frames));
        closeByTheBroker(pool, 2);

        CompletableFuture<Void> publish = publishElsewhere(pool, "msg-on-reopened", BUDGET);
        reopens.next().run(); // the other slot's reopen stays held

        assertThat(publish).succeedsWithin(BUDGET);
        assertThat(fixture.drain(fixture.settings.outboundQueue())).extracting(m -> m.getProps().getMessageId())
                .containsExactly("msg-on-reopened");
    }

    @Test
    void triesAgainOnTheNextPublishAfterAReopenFailed() throws Exception {
        AtomicInteger opens = new AtomicInteger();
        ConfirmChannelPool pool = pool(1, () -> {
            if (opens.incrementAndGet() == 2) { // the first reopen; the first open was the pool's own
                throw new IOException("refused (test)");
            }
            return ConfirmChannel.open(connection, frames);
        });
        closeByTheBroker(pool, 1);

        CompletableFuture<Void> refused = publishElsewhere(pool, "msg-reopen-failed", BUDGET);
        reopens.next().run();
        assertThat(refused).failsWithin(BUDGET).withThrowableOfType(Exception.class)
                .havingRootCause().isInstanceOf(PublishFailedException.class).withMessageContaining("refused (test)");

        CompletableFuture<Void> published = publishElsewhere(pool, "msg-reopened-again", BUDGET);
        reopens.next().run();
        assertThat(published).succeedsWithin(BUDGET);
        assertThat(opens).hasValue(3);
    }

    @Test
    void failsByItsDeadlineWhileEveryChannelIsClosedAndTheReopenHangs() throws Exception {
        ConfirmChannelPool pool = pool(1, () -> ConfirmChannel.open(connection, frames));
        closeByTheBroker(pool, 1);

        CompletableFuture<Void> publish = pool.publish("", message("msg-reopen-hangs"),
                deadlineIn(Duration.ofMillis(300)));

        assertThat(publish).isCompletedExceptionally();
        assertThat(publish.handle((ok, failure) -> failure.getMessage()).join()).contains("before the deadline");
        assertThat(reopens.held()).as("reopens asked for").hasSize(1);
    }

    @Test
    void publishesOnTheOpenChannelsWhileTheClosedOneIsReopenedOnceAtATime() throws Exception {
        ConfirmChannelPool pool = pool(2, () -> ConfirmChannel.open(connection, frames));
        closeByTheBroker(pool, 1);

        for (int i = 0; i < 6; i++) {
            assertThat(pool.publish("", message("msg-open-" + i), deadlineIn(BUDGET))).succeedsWithin(BUDGET);
        }

        assertThat(reopens.held()).as("reopens asked for").hasSize(1);
        assertThat(fixture.drain(fixture.settings.outboundQueue())).hasSize(6);
    }

    private ConfirmChannelPool pool(int size, ChannelReopener.Opener opener) throws IOException {
        return ConfirmChannelPool.open(size, opener, connection::isOpen, reopens);
    }

    // Round robin from slot 0: each publish takes the next slot, whose channel the broker then closes for a 404.
    private void closeByTheBroker(ConfirmChannelPool pool, int channels) {
        List<CompletableFuture<Void>> refused = new ArrayList<>();
        for (int i = 0; i < channels; i++) {
            refused.add(pool.publish("missing-" + fixture.settings.outboundQueue(), message("msg-404-" + i),
                    deadlineIn(BUDGET)));
        }
        refused.forEach(publish -> assertThat(publish).failsWithin(BUDGET));
    }

    private CompletableFuture<Void> publishElsewhere(ConfirmChannelPool pool, String id, Duration deadline) {
        return CompletableFuture.supplyAsync(() -> pool.publish("", message(id), deadlineIn(deadline)))
                .thenCompose(confirm -> confirm);
    }

    private AmqpMessage message(String id) {
        return AmqpMessage.of(agentMessage(id), fixture.settings, Instant.now());
    }

    private static long deadlineIn(Duration deadline) {
        return System.nanoTime() + deadline.toNanos();
    }

    /** An executor that only queues: the test runs each task when it chooses. */
    private static final class HeldTasks implements Executor {
        private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        Runnable next() throws InterruptedException {
            Runnable task = tasks.poll(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(task).as("a reopen asked for").isNotNull();
            return task;
        }

        List<Runnable> held() {
            return List.copyOf(tasks);
        }
    }
}
