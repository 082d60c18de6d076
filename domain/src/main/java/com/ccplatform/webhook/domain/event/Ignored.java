package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.Require;
import java.util.Locale;
import java.util.Set;

/**
 * An authentic event the service has nothing to do with: 200, nothing published, counted by {@link Reason} and
 * {@code eventType}. Both are bounded (they label a metric); {@code detail} says it in words for the log.
 */
public record Ignored(Reason reason, String eventType, String detail) implements WebhookEvent {

    /** The Genesys event types (genesys-wire-facts, FRD Appendix A) that keep their name as a label. */
    private static final Set<String> KNOWN_TYPES = Set.of("text", "structured", "attachment", "message", "receipt",
            "event", "typing", "disconnect", "healthcheck", "unknown");

    /** Why an event was ignored. */
    public enum Reason {
        /** `direction` is not `Outbound` (the FRD processes outbound events only). */
        DIRECTION_NOT_OUTBOUND,
        /** A `type` the service does not handle. */
        UNSUPPORTED_TYPE,
        /** A `Receipt` whose `status` is none of the documented ones. */
        UNSUPPORTED_RECEIPT_STATUS,
        /** An `Event` with no typing or disconnect entry (a presence `Join`, an unknown event type...). */
        UNSUPPORTED_EVENT;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code eventType} is the `type` as sent; it is kept as a bounded label: a known type, `other` or `absent`. */
    public Ignored {
        Require.present(reason, "reason");
        eventType = label(eventType);
        Require.nonBlank(detail, "detail");
    }

    private static String label(String type) {
        if (type == null || type.isBlank()) {
            return "absent";
        }
        String lower = type.trim().toLowerCase(Locale.ROOT);
        return KNOWN_TYPES.contains(lower) ? lower : "other";
    }

    @Override
    public String kind() {
        return "ignored";
    }
}
