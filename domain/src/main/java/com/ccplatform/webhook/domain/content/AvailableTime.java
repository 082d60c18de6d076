package com.ccplatform.webhook.domain.content;

import com.ccplatform.webhook.domain.Require;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** A slot a date picker offers: when it starts (ISO-8601 with an offset, kept as sent) and how long, in seconds. */
public record AvailableTime(String dateTime, Long durationSeconds) {
    public AvailableTime {
        Require.nonBlank(dateTime, "available time");
        try {
            OffsetDateTime.parse(dateTime);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("available time is not an ISO-8601 date-time");
        }
        if (durationSeconds != null && durationSeconds < 0) {
            throw new IllegalArgumentException("available time duration is negative");
        }
    }
}
