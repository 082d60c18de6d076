package com.ccplatform.webhook.domain.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The statuses published on statusQueue, by their lower-case wire name (FRD 4.2.3 and the real receipt statuses). */
public enum DeliveryStatus {
    SENT, DELIVERED, READ, FAILED, PUBLISHED, REMOVED, TYPING, DISCONNECT;

    /** The name published downstream: `delivered`, `read`, `typing`... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The receipt status a Genesys `Receipt` carries (`Delivered`, `Read`...), case-insensitively. */
    public static Optional<DeliveryStatus> fromReceipt(String status) {
        if (status == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(s -> s != TYPING && s != DISCONNECT)
                .filter(s -> s.name().equalsIgnoreCase(status.trim()))
                .findFirst();
    }
}
