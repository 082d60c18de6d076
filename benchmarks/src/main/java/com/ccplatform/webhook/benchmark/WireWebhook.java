package com.ccplatform.webhook.benchmark;

import com.ccplatform.webhook.domain.event.GenesysWebhook;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The webhook JSON as Jackson binds it, mirroring the HTTP adapter's package-private DTO so the JMH benchmark
 * does the same binding work; {@link #toDomain()} gives the domain's {@link GenesysWebhook}.
 */
public record WireWebhook(String id, Channel channel, String type, String text, String direction, String status,
                          List<Event> events, List<Content> content, String conversationId, Boolean isFinalReceipt,
                          List<Reason> reasons, String originatingEntity) {

    /** `channel`. */
    public record Channel(String id, Participant from, Participant to, String time, String messageId) {
    }

    /** `channel.from` / `channel.to`. */
    public record Participant(String id, String idType, String nickname) {
    }

    /** An entry of `events[]`. */
    public record Event(String eventType, Typing typing, Presence presence) {
    }

    /** `events[].typing`. */
    public record Typing(String type, Long duration) {
    }

    /** `events[].presence`. */
    public record Presence(String type) {
    }

    /** An entry of `content[]`. */
    public record Content(String contentType, Attachment attachment) {
    }

    /** `content[].attachment`. */
    public record Attachment(String id, String mediaType, String url, String mime, String filename, String sha256,
                             Long contentSizeBytes) {
    }

    /** An entry of `reasons[]`. */
    public record Reason(String code, String message) {
    }

    public GenesysWebhook toDomain() {
        return new GenesysWebhook(id, channel == null ? null : channel(channel), type, text, direction, status,
                mapped(events, WireWebhook::event), mapped(content, WireWebhook::content), conversationId,
                isFinalReceipt, mapped(reasons, r -> new GenesysWebhook.Reason(r.code(), r.message())),
                originatingEntity);
    }

    private static GenesysWebhook.Channel channel(Channel c) {
        return new GenesysWebhook.Channel(c.id(), participant(c.from()), participant(c.to()), c.time(), c.messageId());
    }

    private static GenesysWebhook.Participant participant(Participant p) {
        return p == null ? null : new GenesysWebhook.Participant(p.id(), p.idType(), p.nickname());
    }

    private static GenesysWebhook.ChannelEvent event(Event e) {
        return new GenesysWebhook.ChannelEvent(e.eventType(), e.typing() == null ? null : e.typing().type(),
                e.typing() == null ? null : e.typing().duration(), e.presence() == null ? null : e.presence().type());
    }

    private static GenesysWebhook.Content content(Content c) {
        Attachment a = c.attachment();
        return new GenesysWebhook.Content(c.contentType(), a == null ? null : new GenesysWebhook.WireAttachment(
                a.id(), a.mediaType(), a.url(), a.mime(), a.filename(), a.sha256(), a.contentSizeBytes()));
    }

    private static <D, T> List<T> mapped(List<D> items, Function<D, T> toDomain) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).map(toDomain).toList();
    }
}
