package com.ccplatform.webhook.domain.event;

/** A Genesys ping: acknowledged at once, nothing published. */
public record HealthCheck() implements WebhookEvent {
    @Override
    public String kind() {
        return "health_check";
    }
}
