package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.Require;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** When Genesys says an event happened (`channel.time`), kept as the exact ISO-8601 text it sent. */
public record EventTime(String iso) {
    public EventTime {
        Require.nonBlank(iso, "event time");
        if (!isUtcShape(iso) && parse(iso).isEmpty()) {
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

    /**
     * The shape Genesys sends, `yyyy-MM-ddTHH:mm:ss[.fraction]Z`, with its date and time valid, checked without the
     * general parser (which costs more than the rest of classification together). Anything this accepts
     * {@link OffsetDateTime#parse} accepts; anything else goes to it.
     */
    static boolean isUtcShape(String iso) {
        int length = iso.length();
        if (length < 20 || length > 30 || length == 21 || iso.charAt(length - 1) != 'Z') {
            return false;
        }
        if (iso.charAt(4) != '-' || iso.charAt(7) != '-' || iso.charAt(10) != 'T' || iso.charAt(13) != ':'
                || iso.charAt(16) != ':') {
            return false;
        }
        int fractionDigits = length - 21;
        if (fractionDigits > 0 && iso.charAt(19) != '.') {
            return false;
        }
        int year = digits(iso, 0, 4);
        int month = digits(iso, 5, 2);
        int day = digits(iso, 8, 2);
        int hour = digits(iso, 11, 2);
        int minute = digits(iso, 14, 2);
        int second = digits(iso, 17, 2);
        int fraction = fractionDigits > 0 ? digits(iso, 20, fractionDigits) : 0;
        if ((year | month | day | hour | minute | second | fraction) < 0) {
            return false;
        }
        try {
            LocalDateTime.of(year, month, day, hour, minute, second);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The decimal number in {@code count} ASCII digits from {@code start}, or -1 if any is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Optional<Instant> parse(String iso) {
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
