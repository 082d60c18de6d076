package com.ccplatform.webhook.domain.event;

/** What a webhook means once classified: the closed set of things the service does something about. */
public sealed interface WebhookEvent
        permits OutboundMessage, StatusEvent, HealthCheck, Ignored, Malformed {

    /** The event type as it appears in logs and metric labels. */
    String kind();
}
