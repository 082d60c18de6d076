package com.ccplatform.webhook.adapter.amqp;

import static com.ccplatform.webhook.application.testkit.EventPublisherContract.agentMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.PublishFailedException;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Closes the publisher's connection from the broker side while 16 callers publish: publishes in flight fail at once,
 * everything confirmed is in the queue, and publishing works again once the client has recovered.
 */
final class BrokerSideFailure {

    /** Makes ready to close the named connection from the broker side (finding it may be slow); runs to close it. */
    interface Closer {
        Action prepare(String connectionName) throws Exception;
    }

    /** A broker-side action. */
    interface Action {
        void run() throws Exception;
    }

    private static final Duration LONG_DEADLINE = Duration.ofSeconds(60);

    private BrokerSideFailure() {
    }

    static void assertNothingConfirmedIsLost(PublisherFixture fixture, Closer closer) throws Exception {
        RabbitMqEventPublisher publisher = fixture.publisher();
        Action closeConnection = closer.prepare(fixture.settings.connectionName());
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong slowestFailureNanos = new AtomicLong();
        CountDownLatch someConfirmed = new CountDownLatch(200);
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        for (int t = 0; t < 16; t++) {
            callers.execute(() -> {
                while (!stop.get()) {
                    AgentMessage message = agentMessage("msg-failover-" + next.getAndIncrement());
                    long started = System.nanoTime();
                    try {
                        publisher.publish(message, Deadline.in(LONG_DEADLINE));
                        confirmed.add(message.deduplicationKey());
                        someConfirmed.countDown();
                    } catch (PublishFailedException e) {
                        failed.incrementAndGet();
                        slowestFailureNanos.accumulateAndGet(System.nanoTime() - started, Math::max);
                    }
                    LockSupport.parkNanos(2_000_000);
                }
            });
        }
        assertThat(someConfirmed.await(60, TimeUnit.SECONDS)).isTrue();
        closeConnection.run();
        PublisherFixture.eventually(Duration.ofSeconds(30), () -> failed.get() > 0);
        PublisherFixture.eventually(Duration.ofSeconds(30), () -> publisher.check().healthy());
        stop.set(true);
        callers.shutdown();
        assertThat(callers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        assertThat(failed.get()).as("publishes that failed when the connection closed").isPositive();
        assertThat(Duration.ofNanos(slowestFailureNanos.get())).as("failures come at once, not at the deadline")
                .isLessThan(LONG_DEADLINE.dividedBy(2));
        Set<String> inQueue = fixture.drain(fixture.settings.outboundQueue()).stream()
                .map(m -> m.getProps().getMessageId()).collect(Collectors.toSet());
        assertThat(inQueue).containsAll(confirmed);
        assertThat(publisher.check().healthy()).isTrue();
        publisher.publish(agentMessage("msg-after-recovery"), Deadline.in(Duration.ofSeconds(30)));
        assertThat(fixture.drain(fixture.settings.outboundQueue())).extracting(m -> m.getProps().getMessageId())
                .containsExactly("msg-after-recovery");
    }
}
