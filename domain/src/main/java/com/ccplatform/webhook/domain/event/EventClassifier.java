package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.event.GenesysWebhook.ChannelEvent;
import com.ccplatform.webhook.domain.event.GenesysWebhook.Participant;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides what a webhook means (FRD 5.1.2 step 4, Appendix A, and the real Genesys shapes): an agent message, a
 * status event, a health check, something to ignore, or a known type that is missing what it needs.
 */
public final class EventClassifier {

    private static final String BAD_TIME = "channel.time is not an ISO-8601 date-time";

    /** Classifies a webhook; {@code receivedAt} stands in for `channel.time` when Genesys sent none. */
    public WebhookEvent classify(GenesysWebhook webhook, Instant receivedAt) {
        if (!"Outbound".equalsIgnoreCase(webhook.direction())) {
            return new Ignored(Ignored.Reason.DIRECTION_NOT_OUTBOUND, webhook.type(),
                    "direction is " + (webhook.direction() == null ? "absent" : webhook.direction()));
        }
        String type = webhook.type() == null ? "" : webhook.type();
        return switch (type.toLowerCase(java.util.Locale.ROOT)) {
            // `Message` is listed among the real types; an outbound one is published rather than silently dropped
            case "text", "structured", "attachment", "message" -> message(webhook, receivedAt);
            case "receipt" -> receipt(webhook, receivedAt);
            case "typing" -> status(webhook, DeliveryStatus.TYPING, receivedAt);
            case "disconnect" -> status(webhook, DeliveryStatus.DISCONNECT, receivedAt);
            case "event" -> channelEvent(webhook, receivedAt);
            case "healthcheck" -> new HealthCheck();
            default -> new Ignored(Ignored.Reason.UNSUPPORTED_TYPE, type,
                    "unsupported type " + (type.isEmpty() ? "(absent)" : type));
        };
    }

    private WebhookEvent message(GenesysWebhook webhook, Instant receivedAt) {
        Optional<String> problem = missingId(webhook);
        Optional<EventTime> time = time(webhook, receivedAt);
        if (problem.isPresent() || time.isEmpty()) {
            return new Malformed(problem.orElse(BAD_TIME));
        }
        Participant to = webhook.channelOrEmpty().to();
        if (to == null || to.id() == null || to.id().isBlank()) {
            return new Malformed("channel.to.id is missing");
        }
        MessageContents contents = MessageContents.of(webhook.content());
        return new OutboundMessage(new GenesysEventId(webhook.id()), new Recipient(to.id(), to.idType()),
                webhook.text(), contents.attachments(), contents.incompleteAttachments(), contents.structured(),
                contents.skipped(), OriginatingEntity.fromGenesys(webhook.originatingEntity()).orElse(null),
                time.get(), webhook.channelOrEmpty().messageId(), webhook.conversationId());
    }

    private WebhookEvent receipt(GenesysWebhook webhook, Instant receivedAt) {
        if (webhook.status() == null || webhook.status().isBlank()) {
            return new Malformed("a Receipt needs a status");
        }
        return DeliveryStatus.fromReceipt(webhook.status())
                .map(status -> status(webhook, status, receivedAt))
                .orElseGet(() -> new Ignored(Ignored.Reason.UNSUPPORTED_RECEIPT_STATUS, webhook.type(),
                        "unsupported receipt status " + webhook.status()));
    }

    private WebhookEvent channelEvent(GenesysWebhook webhook, Instant receivedAt) {
        for (ChannelEvent event : webhook.events()) {
            if (event == null) {
                continue;
            }
            if ("Typing".equalsIgnoreCase(event.eventType())) {
                return status(webhook, DeliveryStatus.TYPING, receivedAt);
            }
            if ("Presence".equalsIgnoreCase(event.eventType()) && "Disconnect".equalsIgnoreCase(event.presenceType())) {
                return status(webhook, DeliveryStatus.DISCONNECT, receivedAt);
            }
        }
        return new Ignored(Ignored.Reason.UNSUPPORTED_EVENT, webhook.type(), "Event without a typing or disconnect entry");
    }

    private WebhookEvent status(GenesysWebhook webhook, DeliveryStatus status, Instant receivedAt) {
        Optional<String> problem = missingId(webhook);
        Optional<EventTime> time = time(webhook, receivedAt);
        if (problem.isPresent() || time.isEmpty()) {
            return new Malformed(problem.orElse(BAD_TIME));
        }
        // A real receipt shares the id of the message it is about; the FRD's shape names it in channel.messageId.
        String messageId = webhook.channelOrEmpty().messageId();
        String original = messageId != null && !messageId.isBlank() ? messageId
                : status == DeliveryStatus.TYPING || status == DeliveryStatus.DISCONNECT ? null : webhook.id();
        return new StatusEvent(new GenesysEventId(webhook.id()), original, status, time.get(),
                webhook.isFinalReceipt(), webhook.reasons(), webhook.conversationId());
    }

    private static Optional<String> missingId(GenesysWebhook webhook) {
        return webhook.id() == null || webhook.id().isBlank() ? Optional.of("id is missing") : Optional.empty();
    }

    /** `channel.time` when valid, the receiving time when absent, empty when present but not ISO-8601. */
    private static Optional<EventTime> time(GenesysWebhook webhook, Instant receivedAt) {
        String sent = webhook.channelOrEmpty().time();
        if (sent == null || sent.isBlank()) {
            return Optional.of(EventTime.of(receivedAt));
        }
        return EventTime.parseOrEmpty(sent);
    }
}
