package com.ccplatform.webhook.adapter.tenant;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the Tenant Service is and how long to wait for it: {@code TENANT_SERVICE_URL}, {@code TENANT_SERVICE_TOKEN},
 * {@code TENANT_SERVICE_TIMEOUT} (seconds, default 5) and its circuit breaker.
 */
public record TenantServiceSettings(URI baseUrl, String serviceToken, Duration timeout, BreakerSettings breaker) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public TenantServiceSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(breaker, "breaker");
        if (serviceToken == null || serviceToken.isBlank()) {
            throw new IllegalArgumentException("TENANT_SERVICE_TOKEN must be set");
        }
    }

    public static TenantServiceSettings of(URI baseUrl, String serviceToken) {
        return new TenantServiceSettings(baseUrl, serviceToken, DEFAULT_TIMEOUT, BreakerSettings.defaults());
    }

    @Override
    public String toString() {
        return "TenantServiceSettings[baseUrl=" + baseUrl + ", timeout=" + timeout + ", breaker=" + breaker + "]";
    }
}
