package com.ccplatform.webhook.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * The use case's time and memory budget. {@code mediaTimeout}: the longest one attachment may take
 * (`MEDIA_DOWNLOAD_TIMEOUT`); {@code publishReserve}: time kept back from media work so the message can still be
 * published when media is slow; {@code retryDelay}: the pause before the one publish retry (FRD 5.3.3);
 * {@code mediaTransfers}: attachments moved at once, all webhooks together (`MEDIA_MAX_CONCURRENT_TRANSFERS`), since
 * each transfer holds buffers of the store's part size.
 */
public record IngestSettings(Duration mediaTimeout, Duration publishReserve, Duration retryDelay, int mediaTransfers) {

    /** Transfers at once when nothing says otherwise: what a small heap affords with 5 MiB parts. */
    public static final int DEFAULT_MEDIA_TRANSFERS = 2;

    public IngestSettings {
        Objects.requireNonNull(mediaTimeout, "media timeout");
        Objects.requireNonNull(publishReserve, "publish reserve");
        Objects.requireNonNull(retryDelay, "retry delay");
        if (mediaTransfers < 1) {
            throw new IllegalArgumentException("at least one media transfer must be allowed: " + mediaTransfers);
        }
    }

    /** FRD defaults: 30 s per download, 1 s kept for publishing, 100 ms before the retry; two transfers at once. */
    public static IngestSettings defaults() {
        return new IngestSettings(Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMillis(100),
                DEFAULT_MEDIA_TRANSFERS);
    }
}
