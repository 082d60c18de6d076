package com.ccplatform.webhook.application.service;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.EventPublisher;
import com.ccplatform.webhook.application.port.out.PublishFailedException;
import com.ccplatform.webhook.application.port.out.WebhookTelemetry;
import com.ccplatform.webhook.domain.publish.PublishableEvent;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes with one retry after a short pause (FRD 3.1, 5.3.3), never past the request's deadline, without holding
 * a thread while the broker confirms. The first attempt runs on the caller's thread and a confirm completes it where
 * it arrives; a failure is reported, and the retry made, on a small pool of this class's own, never on the
 * publisher's I/O thread (reporting can block on a full log queue, a retry on a busy channel).
 */
final class PublishingWithRetry {

    private static final int ATTEMPTS = 2;
    /** Threads for failed attempts: a storm of nacks queues here instead of starting a thread per failure. */
    private static final int RETRY_THREADS = 4;

    private final EventPublisher publisher;
    private final WebhookTelemetry telemetry;
    private final Duration retryDelay;
    private final Executor retries;

    PublishingWithRetry(EventPublisher publisher, WebhookTelemetry telemetry, Duration retryDelay) {
        this.publisher = publisher;
        this.telemetry = telemetry;
        this.retryDelay = retryDelay;
        this.retries = retryPool();
    }

    /**
     * Completes with true once the broker confirmed the event, with false when every attempt failed (already reported
     * as critical); fails only with a fault that is not a failed publish.
     */
    CompletableFuture<Boolean> publish(PublishableEvent event, Deadline deadline) {
        return attempt(event, deadline, 1);
    }

    private CompletableFuture<Boolean> attempt(PublishableEvent event, Deadline deadline, int attempt) {
        CompletableFuture<Void> sent;
        try {
            sent = publisher.publishAsync(event, deadline);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.handle((confirmed, failure) -> failure).thenCompose(failure -> failure == null
                ? CompletableFuture.completedFuture(true)
                : CompletableFuture.supplyAsync(() -> afterFailure(event, deadline, attempt, failure), retries)
                        .thenCompose(next -> next));
    }

    private CompletableFuture<Boolean> afterFailure(PublishableEvent event, Deadline deadline, int attempt,
                                                    Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (!(cause instanceof PublishFailedException)) {
            return CompletableFuture.failedFuture(cause);
        }
        telemetry.publishAttemptFailed(event.destination(), event.genesysId(), attempt, cause.getMessage());
        if (attempt < ATTEMPTS && deadline.remaining().compareTo(retryDelay) > 0) {
            Executor afterPause = CompletableFuture.delayedExecutor(retryDelay.toMillis(), TimeUnit.MILLISECONDS,
                    retries);
            return CompletableFuture.supplyAsync(() -> attempt(event, deadline, attempt + 1), afterPause)
                    .thenCompose(next -> next);
        }
        telemetry.publishAbandoned(event.destination(), event.genesysId());
        return CompletableFuture.completedFuture(false);
    }

    private static Executor retryPool() {
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(RETRY_THREADS, RETRY_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "publish-retry-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
