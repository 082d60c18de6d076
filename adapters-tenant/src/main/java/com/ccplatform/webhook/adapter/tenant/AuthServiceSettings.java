package com.ccplatform.webhook.adapter.tenant;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the Auth Service is: {@code AUTH_SERVICE_URL}, {@code AUTH_SERVICE_TIMEOUT} (seconds, default 5), an optional
 * {@code AUTH_SERVICE_TOKEN} sent as a bearer token (FRD 3.4 shows none; blank or null sends none), the breaker, and
 * how long before a token's expiry it is replaced at most ({@code refreshMargin}, default 60 s).
 */
public record AuthServiceSettings(URI baseUrl, String serviceToken, Duration timeout, BreakerSettings breaker,
                                  Duration refreshMargin) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofSeconds(60);

    public AuthServiceSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(breaker, "breaker");
        Objects.requireNonNull(refreshMargin, "refreshMargin");
    }

    public static AuthServiceSettings of(URI baseUrl) {
        return new AuthServiceSettings(baseUrl, null, DEFAULT_TIMEOUT, BreakerSettings.defaults(),
                DEFAULT_REFRESH_MARGIN);
    }

    public Optional<String> bearerToken() {
        return Optional.ofNullable(serviceToken).filter(t -> !t.isBlank());
    }

    @Override
    public String toString() {
        return "AuthServiceSettings[baseUrl=" + baseUrl + ", token=" + (bearerToken().isPresent() ? "set" : "none")
                + ", timeout=" + timeout + ", breaker=" + breaker + ", refreshMargin=" + refreshMargin + "]";
    }
}
