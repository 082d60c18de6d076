package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.Require;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** When Genesys says an event happened (`channel.time`), kept as the exact ISO-8601 text it sent. */
public record EventTime(String iso) {
    public EventTime {
        Require.nonBlank(iso, "event time");
        if (parse(iso).isEmpty()) {
            throw new IllegalArgumentException("event time is not ISO-8601: " + iso);
        }
    }

    /** The time as sent when it is a valid ISO-8601 date-time; empty otherwise. */
    public static Optional<EventTime> parseOrEmpty(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EventTime(iso));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The moment the service received an event, for events that carry no time. */
    public static EventTime of(Instant instant) {
        return new EventTime(instant.toString());
    }

    private static Optional<Instant> parse(String iso) {
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
