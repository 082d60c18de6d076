package com.ccplatform.webhook.application.port.out;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.domain.publish.PublishableEvent;
import java.util.concurrent.CompletableFuture;

/** Hands events to downstream durably: a return means the broker has confirmed the event as persisted. */
public interface EventPublisher {

    /**
     * Publishes one event and waits for the broker's confirm of this event only, at most until the deadline.
     *
     * @throws PublishFailedException when the event was not confirmed; it may or may not have reached the queue
     */
    void publish(PublishableEvent event, Deadline deadline) throws PublishFailedException;

    /**
     * Publishes one event without waiting: the stage completes once the broker confirmed this event, or fails with
     * {@link PublishFailedException} (not confirmed; it may or may not have reached the queue) by the deadline.
     * It may complete on the adapter's I/O thread, so stages that depend on it must not block; hand blocking work
     * to an executor. The default publishes on the caller's thread.
     */
    default CompletableFuture<Void> publishAsync(PublishableEvent event, Deadline deadline) {
        try {
            publish(event, deadline);
            return CompletableFuture.completedFuture(null);
        } catch (PublishFailedException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
