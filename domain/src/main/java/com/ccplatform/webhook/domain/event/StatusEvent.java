package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.Require;
import java.util.List;

/** A receipt, typing indicator or disconnect about a conversation: goes to statusQueue. */
public record StatusEvent(GenesysEventId id, String originalMessageId, DeliveryStatus status, EventTime time,
                          Boolean isFinalReceipt, List<GenesysWebhook.Reason> reasons, String conversationId)
        implements WebhookEvent {

    public StatusEvent {
        Require.present(id, "id");
        Require.present(status, "status");
        Require.present(time, "time");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public String kind() {
        return "status_event";
    }
}
