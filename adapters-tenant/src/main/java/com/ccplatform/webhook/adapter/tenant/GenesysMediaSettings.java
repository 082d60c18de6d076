package com.ccplatform.webhook.adapter.tenant;

import java.time.Duration;
import java.util.Objects;

/**
 * Attachment downloads: {@code MEDIA_DOWNLOAD_TIMEOUT} (seconds, default 30; the request's deadline still wins) and
 * {@code MEDIA_ALLOWED_HOSTS} (default {@link MediaHostPolicy#GENESYS_CLOUD_HOSTS}).
 */
public record GenesysMediaSettings(Duration timeout, MediaHostPolicy allowedHosts) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public GenesysMediaSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(allowedHosts, "allowedHosts");
    }

    public static GenesysMediaSettings defaults() {
        return new GenesysMediaSettings(DEFAULT_TIMEOUT, MediaHostPolicy.genesysCloud());
    }
}
