package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.Require;
import com.ccplatform.webhook.domain.content.SkippedContent;
import com.ccplatform.webhook.domain.content.StructuredContent;
import java.util.List;
import java.util.Optional;

/**
 * An agent's message to a customer (`Text` or `Structured`): its text, its attachments to re-host, the attachment
 * entries too incomplete to re-host, its structured content and the items of it left out, and who wrote it (null
 * when Genesys did not say). Goes to outboundQueue.
 */
public record OutboundMessage(GenesysEventId id, Recipient to, String text, List<Attachment> attachments,
                              List<IncompleteAttachment> incompleteAttachments, StructuredContent content,
                              List<SkippedContent> skippedContent, OriginatingEntity originatingEntity,
                              EventTime time, String channelMessageId, String conversationId)
        implements WebhookEvent {

    public OutboundMessage {
        Require.present(id, "id");
        Require.present(to, "recipient");
        Require.present(time, "time");
        text = text == null ? "" : text;
        attachments = List.copyOf(Require.present(attachments, "attachments"));
        incompleteAttachments = List.copyOf(Require.present(incompleteAttachments, "incomplete attachments"));
        Require.present(content, "content");
        skippedContent = List.copyOf(Require.present(skippedContent, "skipped content"));
    }

    /** Whether the message announced media, re-hostable or not. */
    public boolean hasMedia() {
        return !attachments.isEmpty() || !incompleteAttachments.isEmpty();
    }

    public Optional<String> channelMessageIdIfAny() {
        return Optional.ofNullable(channelMessageId).filter(m -> !m.isBlank());
    }

    @Override
    public String kind() {
        return "outbound_message";
    }
}
