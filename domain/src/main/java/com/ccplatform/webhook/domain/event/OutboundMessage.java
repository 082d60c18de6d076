package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.Require;
import java.util.List;
import java.util.Optional;

/** An agent's message to a customer (`Text` or `Structured`, with or without attachments): goes to outboundQueue. */
public record OutboundMessage(GenesysEventId id, Recipient to, String text, List<Attachment> attachments,
                              EventTime time, String channelMessageId, String conversationId)
        implements WebhookEvent {

    public OutboundMessage {
        Require.present(id, "id");
        Require.present(to, "recipient");
        Require.present(time, "time");
        text = text == null ? "" : text;
        attachments = List.copyOf(Require.present(attachments, "attachments"));
    }

    public boolean hasMedia() {
        return !attachments.isEmpty();
    }

    public Optional<String> channelMessageIdIfAny() {
        return Optional.ofNullable(channelMessageId).filter(m -> !m.isBlank());
    }

    @Override
    public String kind() {
        return "outbound_message";
    }
}
