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
import java.util.concurrent.TimeUnit;

/**
 * Publishes with one retry after a short pause (FRD 3.1, 5.3.3), never past the request's deadline, without holding
 * a thread while the broker confirms. The first attempt runs on the caller's thread; the pause and the retry run on
 * the JDK's delayed executor, never on the publisher's I/O thread that may complete the first attempt.
 */
final class PublishingWithRetry {

    private static final int ATTEMPTS = 2;

    private final EventPublisher publisher;
    private final WebhookTelemetry telemetry;
    private final Duration retryDelay;

    PublishingWithRetry(EventPublisher publisher, WebhookTelemetry telemetry, Duration retryDelay) {
        this.publisher = publisher;
        this.telemetry = telemetry;
        this.retryDelay = retryDelay;
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
        return sent.handle((confirmed, failure) -> failure).thenCompose(failure -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(true);
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (!(cause instanceof PublishFailedException)) {
                return CompletableFuture.failedFuture(cause);
            }
            telemetry.publishAttemptFailed(event.destination(), event.genesysId(), attempt, cause.getMessage());
            if (attempt < ATTEMPTS && deadline.remaining().compareTo(retryDelay) > 0) {
                Executor afterPause = CompletableFuture.delayedExecutor(retryDelay.toMillis(), TimeUnit.MILLISECONDS);
                return CompletableFuture.supplyAsync(() -> attempt + 1, afterPause)
                        .thenCompose(next -> attempt(event, deadline, next));
            }
            telemetry.publishAbandoned(event.destination(), event.genesysId());
            return CompletableFuture.completedFuture(false);
        });
    }
}
