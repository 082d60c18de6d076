package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.Require;

/** An authentic event the service has nothing to do with (inbound direction, unknown type...): 200, nothing published. */
public record Ignored(String reason) implements WebhookEvent {
    public Ignored {
        Require.nonBlank(reason, "reason");
    }

    @Override
    public String kind() {
        return "ignored";
    }
}
