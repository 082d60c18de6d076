package com.ccplatform.webhook.application.service;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.EventPublisher;
import com.ccplatform.webhook.application.port.out.PublishFailedException;
import com.ccplatform.webhook.application.port.out.WebhookTelemetry;
import com.ccplatform.webhook.domain.publish.PublishableEvent;
import java.time.Duration;

/** Publishes with one retry after a short pause (FRD 3.1, 5.3.3), never past the request's deadline. */
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

    /** True once the broker confirmed the event; false when every attempt failed (already reported as critical). */
    boolean publish(PublishableEvent event, Deadline deadline) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                publisher.publish(event, deadline);
                return true;
            } catch (PublishFailedException e) {
                telemetry.publishAttemptFailed(event.destination(), event.genesysId(), attempt, e.getMessage());
                if (attempt < ATTEMPTS && !pauseBeforeRetry(deadline)) {
                    break;
                }
            }
        }
        telemetry.publishAbandoned(event.destination(), event.genesysId());
        return false;
    }

    private boolean pauseBeforeRetry(Deadline deadline) {
        if (deadline.remaining().compareTo(retryDelay) <= 0) {
            return false;
        }
        try {
            Thread.sleep(retryDelay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
