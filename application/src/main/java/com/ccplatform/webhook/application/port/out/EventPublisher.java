package com.ccplatform.webhook.application.port.out;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.domain.publish.PublishableEvent;

/** Hands events to downstream durably: a return means the broker has confirmed the event as persisted. */
public interface EventPublisher {

    /**
     * Publishes one event and waits for the broker's confirm of this event only, at most until the deadline.
     *
     * @throws PublishFailedException when the event was not confirmed; it may or may not have reached the queue
     */
    void publish(PublishableEvent event, Deadline deadline) throws PublishFailedException;
}
