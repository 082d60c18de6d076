package com.ccplatform.webhook.adapter.tenant;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Attachment downloads: {@code MEDIA_DOWNLOAD_TIMEOUT} (seconds, default 30; the request's deadline still wins, and it
 * covers every redirect), {@code MEDIA_ALLOWED_HOSTS} (default {@link MediaHostPolicy#GENESYS_CLOUD_HOSTS}) and
 * {@code MEDIA_REDIRECT_ALLOWED_HOSTS} (unset: a redirect may go to any public https host; see {@link RedirectPolicy}).
 */
public record GenesysMediaSettings(Duration timeout, MediaHostPolicy allowedHosts,
                                   Optional<MediaHostPolicy> redirectHosts) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public GenesysMediaSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(allowedHosts, "allowedHosts");
        Objects.requireNonNull(redirectHosts, "redirectHosts");
    }

    /** Settings whose redirects may go to any public https host. */
    public GenesysMediaSettings(Duration timeout, MediaHostPolicy allowedHosts) {
        this(timeout, allowedHosts, Optional.empty());
    }

    public static GenesysMediaSettings defaults() {
        return new GenesysMediaSettings(DEFAULT_TIMEOUT, MediaHostPolicy.genesysCloud());
    }
}
