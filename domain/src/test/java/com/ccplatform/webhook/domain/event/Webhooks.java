package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.event.GenesysWebhook.Channel;
import com.ccplatform.webhook.domain.event.GenesysWebhook.ChannelEvent;
import com.ccplatform.webhook.domain.event.GenesysWebhook.Content;
import com.ccplatform.webhook.domain.event.GenesysWebhook.Participant;
import com.ccplatform.webhook.domain.event.GenesysWebhook.WireAttachment;
import java.util.List;

/** Webhooks shaped like the FRD's examples (section 4.1) and like real Genesys traffic, for domain tests. */
public final class Webhooks {

    private Webhooks() {
    }

    /** FRD 4.1.1: an agent's text message; the integration is in `channel.from`. */
    public static GenesysWebhook frdText() {
        return new GenesysWebhook("msg-abc-123",
                new Channel(null, new Participant("integration-id-5678", "Email", null),
                        new Participant("919876543210", "Phone", null), "2023-01-01T12:00:00.000Z", null),
                "Text", "Hello, how can I help you?", "Outbound", null, null, null, null, null, null, null);
    }

    /** FRD 4.1.2: a text message with one PDF attachment. */
    public static GenesysWebhook frdAttachment() {
        return withContent(frdText(), "msg-def-456", List.of(new Content("Attachment", new WireAttachment("media-789",
                null, "https://api.genesys.cloud/v2/downloads/auth-token-xyz/media-789", "application/pdf",
                "invoice.pdf", null, null))));
    }

    /** FRD 4.1.3: a Delivered receipt; the customer is in `from`, the integration in `to`. */
    public static GenesysWebhook frdReceipt() {
        return new GenesysWebhook("receipt-ghi-789",
                new Channel(null, new Participant("919876543210", "Phone", null),
                        new Participant("integration-id-5678", "Email", null), "2023-01-01T12:01:00.000Z",
                        "msg-abc-123"),
                "Receipt", null, "Outbound", "Delivered", null, null, null, null, null, null);
    }

    /** FRD 4.1.4: an echo of a message the middleware injected. */
    public static GenesysWebhook frdEcho() {
        GenesysWebhook text = frdText();
        return new GenesysWebhook("msg-jkl-012", new Channel(null, text.channel().from(), text.channel().to(),
                "2023-01-01T12:10:00.000Z", "mw-injected-uuid-12345"), "Text", "Message sent via middleware",
                "Outbound", null, null, null, null, null, null, null);
    }

    /** A real outbound message (genesys-wire-facts): `channel.id` set, `messageId` equal to the event's own id. */
    public static GenesysWebhook realText() {
        String id = "5f0c2b7e-9a41-4c1e-8d2a-7b1f3e6a9c01";
        String integration = "0b6a1d3e-2f47-4a8b-9c5d-1e2f3a4b5c6d";
        return new GenesysWebhook(id, new Channel(integration, new Participant(integration, "Opaque", "Acme Support"),
                new Participant("447700900123", "Opaque", null), "2026-03-25T13:20:05.493Z", id),
                "Text", "Your order has shipped", "Outbound", null, null, null,
                "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a", null, null, "Human");
    }

    /** A real typing event: `type: Event` with a Typing entry. */
    public static GenesysWebhook realTyping() {
        return event(new ChannelEvent("Typing", "On", 5000L, null));
    }

    /** A real presence event of the given presence type (`Disconnect`, `Join`...). */
    public static GenesysWebhook realPresence(String presenceType) {
        return event(new ChannelEvent("Presence", null, null, presenceType));
    }

    /** A real receipt: it carries the id of the message it is about. */
    public static GenesysWebhook realReceipt(String status) {
        GenesysWebhook text = realText();
        return new GenesysWebhook(text.id(), new Channel(text.channel().id(), text.channel().from(),
                text.channel().to(), "2026-03-25T13:20:06.100Z", null), "Receipt", null, "Outbound", status,
                null, null, null, true, List.of(new GenesysWebhook.Reason("MessageExpired", "too late")), null);
    }

    private static GenesysWebhook event(ChannelEvent event) {
        GenesysWebhook text = realText();
        return new GenesysWebhook("e7a1c2d3-0000-4000-8000-000000000001", new Channel(text.channel().id(),
                text.channel().from(), text.channel().to(), "2026-03-25T13:20:07.000Z", null), "Event", null,
                "Outbound", null, List.of(event), null, text.conversationId(), null, null, null);
    }

    /** The same webhook with another id and the given content. */
    public static GenesysWebhook withContent(GenesysWebhook w, String id, List<Content> content) {
        return new GenesysWebhook(id, w.channel(), w.type(), w.text(), w.direction(), w.status(), w.events(),
                content, w.conversationId(), w.isFinalReceipt(), w.reasons(), w.originatingEntity());
    }

    /** The same webhook with another type and direction. */
    public static GenesysWebhook withType(GenesysWebhook w, String type, String direction) {
        return new GenesysWebhook(w.id(), w.channel(), type, w.text(), direction, w.status(), w.events(),
                w.content(), w.conversationId(), w.isFinalReceipt(), w.reasons(), w.originatingEntity());
    }

    /** The same webhook with another id and channel. */
    public static GenesysWebhook withChannel(GenesysWebhook w, String id, Channel channel) {
        return new GenesysWebhook(id, channel, w.type(), w.text(), w.direction(), w.status(), w.events(),
                w.content(), w.conversationId(), w.isFinalReceipt(), w.reasons(), w.originatingEntity());
    }

    /** A real bot `Structured` message (no text unless given) holding the given content. */
    public static GenesysWebhook realStructured(String text, List<Content> content) {
        GenesysWebhook real = realText();
        return new GenesysWebhook(real.id(), real.channel(), "Structured", text, "Outbound", null, null, content,
                real.conversationId(), null, null, "Bot");
    }

    /** The same webhook with another `originatingEntity`. */
    public static GenesysWebhook withOriginatingEntity(GenesysWebhook w, String entity) {
        return new GenesysWebhook(w.id(), w.channel(), w.type(), w.text(), w.direction(), w.status(), w.events(),
                w.content(), w.conversationId(), w.isFinalReceipt(), w.reasons(), entity);
    }
}
