package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.Require;

/** An event of a known type that lacks what that type needs (no `id`, no recipient...): refused with 400. */
public record Malformed(String problem) implements WebhookEvent {
    public Malformed {
        Require.nonBlank(problem, "problem");
    }

    @Override
    public String kind() {
        return "malformed";
    }
}
