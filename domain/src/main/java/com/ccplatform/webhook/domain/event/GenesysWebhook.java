package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.content.StructuredItem;
import java.util.List;
import java.util.Objects;

/**
 * A Genesys Open Messaging webhook as it arrived, before any decision: the fields the service reads, in both the
 * FRD's shapes and the real ones (genesys-wire-facts). Strings are as sent and may be null; the classifier decides
 * what they mean. Lists are never null.
 */
public record GenesysWebhook(
        String id,
        Channel channel,
        String type,
        String text,
        String direction,
        String status,
        List<ChannelEvent> events,
        List<Content> content,
        String conversationId,
        Boolean isFinalReceipt,
        List<Reason> reasons,
        String originatingEntity) {

    public GenesysWebhook {
        // JSON allows `"content":[null]`; a null entry means nothing, so it is dropped rather than refused
        events = withoutNulls(events);
        content = withoutNulls(content);
        reasons = withoutNulls(reasons);
    }

    /** The `channel` object; every field may be null. */
    public record Channel(String id, Participant from, Participant to, String time, String messageId) {
    }

    /** One side of a conversation (`channel.from` / `channel.to`). */
    public record Participant(String id, String idType, String nickname) {
    }

    /** An entry of `events[]` on `type: "Event"` webhooks: typing (`On`) or presence (`Join`, `Disconnect`, ...). */
    public record ChannelEvent(String eventType, String typingType, Long typingDuration, String presenceType) {
    }

    /**
     * An entry of `content[]`: `contentType: "Attachment"` carries an attachment; a structured item the adapter could
     * read (quick reply, carousel, card, date picker, notification) arrives as a validated {@link StructuredItem},
     * and as null when its content type is unknown or its item lacks what it needs.
     */
    public record Content(String contentType, WireAttachment attachment, StructuredItem item) {

        /** An entry without a structured item (attachments, and the FRD's shapes). */
        public Content(String contentType, WireAttachment attachment) {
            this(contentType, attachment, null);
        }
    }

    /** The attachment object as sent: `url` is authenticated and must never be logged. */
    public record WireAttachment(String id, String mediaType, String url, String mime, String filename,
                                 String sha256, Long contentSizeBytes) {
        @Override
        public String toString() {
            return "WireAttachment[id=" + id + ", mime=" + mime + ", url=redacted]";
        }
    }

    /** A failure reason on a `Failed` receipt. */
    public record Reason(String code, String message) {
    }

    private static <T> List<T> withoutNulls(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    public Channel channelOrEmpty() {
        return channel == null ? new Channel(null, null, null, null, null) : channel;
    }
}
