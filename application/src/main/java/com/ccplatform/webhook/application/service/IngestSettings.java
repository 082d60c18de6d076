package com.ccplatform.webhook.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * The use case's time budget. {@code mediaTimeout}: the longest one attachment may take (`MEDIA_DOWNLOAD_TIMEOUT`);
 * {@code publishReserve}: time kept back from media work so the message can still be published when media is slow;
 * {@code retryDelay}: the pause before the one publish retry (FRD 5.3.3).
 */
public record IngestSettings(Duration mediaTimeout, Duration publishReserve, Duration retryDelay) {
    public IngestSettings {
        Objects.requireNonNull(mediaTimeout, "media timeout");
        Objects.requireNonNull(publishReserve, "publish reserve");
        Objects.requireNonNull(retryDelay, "retry delay");
    }

    /** FRD defaults: 30 s per download, 1 s kept for publishing, 100 ms before the retry. */
    public static IngestSettings defaults() {
        return new IngestSettings(Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMillis(100));
    }
}
