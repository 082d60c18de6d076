package com.ccplatform.webhook.adapter.tenant;

import java.time.Duration;
import java.util.Objects;

/**
 * A dependency's circuit breaker: it opens after {@code failureThreshold} failures in a row and stays open for
 * {@code openFor}, then lets one trial call through (half-open) and closes again when that call succeeds.
 */
public record BreakerSettings(int failureThreshold, Duration openFor) {

    public BreakerSettings {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failure threshold must be at least 1");
        }
        Objects.requireNonNull(openFor, "openFor");
        if (openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("openFor must be positive");
        }
    }

    /**
     * Five failures in a row as in FRD 6.2.2, but open for 10 s rather than its 60 s: Genesys retries a failed webhook
     * 5 s apart for 25 s, and a breaker shut for a minute would refuse every one of those retries.
     */
    public static BreakerSettings defaults() {
        return new BreakerSettings(5, Duration.ofSeconds(10));
    }
}
