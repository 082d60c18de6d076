package com.ccplatform.webhook.adapter.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP front door behaves: its port, the body cap (`MAX_REQUEST_SIZE_MB`), the answer deadline, HTTPS
 * enforcement (`ENFORCE_HTTPS`, FRD 8.4.1), per-client rate limiting (FRD 8.4.2, 0 = off), the proxies whose
 * `X-Forwarded-For` and `X-Forwarded-Proto` are believed (`TRUSTED_PROXIES`), and what `POST /webhook` may hold at
 * once.
 */
public record HttpSettings(int port, long maxRequestBytes, Duration requestDeadline, boolean enforceHttps,
                           int rateLimitPerMinute, TrustedProxies trustedProxies, IntakeLimits intake) {

    /** FRD 8.2.1: 10 MB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;
    /** Genesys gives up after 5 s (FRD 6.1.1); answering within 4.5 s leaves room for the network. */
    public static final Duration DEFAULT_REQUEST_DEADLINE = Duration.ofMillis(4500);
    /** A body is held in one array, and the largest array a JVM allows is a little under 2 GiB. */
    private static final long LARGEST_BODY = Integer.MAX_VALUE - 16L;
    private static final long MEBIBYTE = 1024L * 1024;

    public HttpSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (maxRequestBytes <= 0 || maxRequestBytes > LARGEST_BODY) {
            throw new IllegalArgumentException("max request size must be 1 byte to 2 GiB: " + maxRequestBytes);
        }
        Objects.requireNonNull(requestDeadline, "request deadline");
        if (requestDeadline.isNegative() || requestDeadline.isZero()) {
            throw new IllegalArgumentException("request deadline must be positive: " + requestDeadline);
        }
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("rate limit must be 0 (off) or more: " + rateLimitPerMinute);
        }
        Objects.requireNonNull(trustedProxies, "trusted proxies");
        Objects.requireNonNull(intake, "intake limits");
        if (intake.bodyBudgetBytes() < maxRequestBytes) {
            throw new IllegalArgumentException("a body at the size cap (" + maxRequestBytes / MEBIBYTE
                    + " MiB) would not fit the request body budget (" + intake.bodyBudgetBytes() / MEBIBYTE
                    + " MiB): every such webhook would be refused");
        }
    }

    /** As the canonical constructor, with {@link IntakeLimits#forThisJvm()}. */
    public HttpSettings(int port, long maxRequestBytes, Duration requestDeadline, boolean enforceHttps,
                        int rateLimitPerMinute, TrustedProxies trustedProxies) {
        this(port, maxRequestBytes, requestDeadline, enforceHttps, rateLimitPerMinute, trustedProxies,
                IntakeLimits.forThisJvm());
    }

    /**
     * Port 8000, 10 MB, 4.5 s, HTTPS not enforced, no rate limit (Genesys sends from a few addresses, so a per-IP
     * limit would drop real traffic), no proxy trusted (forwarded headers ignored), limits sized for this JVM.
     */
    public static HttpSettings defaults() {
        return new HttpSettings(8000, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_REQUEST_DEADLINE, false, 0,
                TrustedProxies.none());
    }

    /** `MAX_REQUEST_SIZE_MB` in bytes. */
    public static long megabytes(int megabytes) {
        return megabytes * 1024L * 1024L;
    }

    public HttpSettings withPort(int newPort) {
        return new HttpSettings(newPort, maxRequestBytes, requestDeadline, enforceHttps, rateLimitPerMinute,
                trustedProxies, intake);
    }

    public HttpSettings withMaxRequestBytes(long bytes) {
        return new HttpSettings(port, bytes, requestDeadline, enforceHttps, rateLimitPerMinute, trustedProxies,
                intake);
    }

    public HttpSettings withEnforceHttps(boolean enforce) {
        return new HttpSettings(port, maxRequestBytes, requestDeadline, enforce, rateLimitPerMinute,
                trustedProxies, intake);
    }

    public HttpSettings withRateLimitPerMinute(int perMinute) {
        return new HttpSettings(port, maxRequestBytes, requestDeadline, enforceHttps, perMinute, trustedProxies,
                intake);
    }

    public HttpSettings withTrustedProxies(TrustedProxies proxies) {
        return new HttpSettings(port, maxRequestBytes, requestDeadline, enforceHttps, rateLimitPerMinute, proxies,
                intake);
    }

    public HttpSettings withIntake(IntakeLimits limits) {
        return new HttpSettings(port, maxRequestBytes, requestDeadline, enforceHttps, rateLimitPerMinute,
                trustedProxies, limits);
    }
}
