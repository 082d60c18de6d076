package com.ccplatform.webhook.adapter.amqp;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.domain.event.EventTime;
import com.ccplatform.webhook.domain.event.GenesysEventId;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.event.Recipient;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import com.ccplatform.webhook.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Many threads calling {@code publishAsync} as fast as it returns, a few large messages first, recording for each call
 * when it returned and when its outcome settled, against its deadline.
 */
final class PublishFlood {

    /** How a call's outcome settled: when, and with what failure (null: confirmed). */
    record Settled(long nanos, Throwable failure) {
    }

    /** One call: its deadline, when it returned to the caller, and how its outcome settled. */
    record Attempt(long deadlineNanos, long returnedNanos, CompletableFuture<Settled> settled) {

        /** How far past its deadline the call returned (negative: before it). */
        Duration returnedPastDeadline() {
            return Duration.ofNanos(returnedNanos - deadlineNanos);
        }

        Duration settledPastDeadline() {
            return Duration.ofNanos(settled.join().nanos() - deadlineNanos);
        }

        Throwable failure() {
            return settled.join().failure();
        }
    }

    private static final String LARGE_TEXT = "x".repeat(100 * 1024);

    private PublishFlood() {
    }

    /**
     * Each of {@code threads} publishes {@code largePerThread} messages of 100 KB then small ones, each with
     * {@code deadline}, until it made {@code perThread} calls or {@code duration} passed; returns once every outcome
     * settled or {@code settleWithin} passed after the last call.
     */
    static List<Attempt> run(RabbitMqEventPublisher publisher, int threads, int perThread, int largePerThread,
                             Duration deadline, Duration duration, Duration settleWithin) throws Exception {
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            callers.execute(() -> {
                for (int i = 0; i < perThread && System.nanoTime() < end; i++) {
                    AgentMessage message = message("msg-flood-" + thread + "-" + i, i < largePerThread);
                    Deadline due = Deadline.in(deadline);
                    long deadlineNanos = System.nanoTime() + due.remaining().toNanos();
                    CompletableFuture<Void> outcome = publisher.publishAsync(message, due);
                    long returned = System.nanoTime();
                    CompletableFuture<Settled> settled = outcome.handle((ok, failure) -> new Settled(System.nanoTime(),
                            failure instanceof CompletionException && failure.getCause() != null
                                    ? failure.getCause() : failure));
                    attempts.add(new Attempt(deadlineNanos, returned, settled));
                }
            });
        }
        callers.shutdown();
        callers.awaitTermination(duration.plus(deadline).plus(Duration.ofSeconds(30)).toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            CompletableFuture.allOf(attempts.stream().map(Attempt::settled).toArray(CompletableFuture[]::new))
                    .get(settleWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the test asserts on each outcome, settled or not
        }
        return List.copyOf(attempts);
    }

    /** An agent message whose text is 100 KB when {@code large}. */
    static AgentMessage message(String genesysId, boolean large) {
        return new AgentMessage(new TenantId("tenant-flood"), new IntegrationId("integration-flood"),
                new GenesysEventId(genesysId), new EventTime("2023-01-01T12:00:00.000Z"),
                large ? LARGE_TEXT : "Hello, how can I help you?", new Recipient("919876543210", "Phone"), List.of(),
                Optional.empty(), null);
    }
}
