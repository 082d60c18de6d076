package com.ccplatform.webhook.adapter.http;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * FRD 8.4.2: at most N requests per client address per minute, counted in fixed one-minute windows. The counts are
 * dropped at each new window, so memory holds only the addresses seen in the current minute.
 */
final class PerClientRateLimit {

    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private long windowStart;

    PerClientRateLimit(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
        this.windowStart = nanoTime.getAsLong();
    }

    /** Empty when the request may pass; otherwise the seconds until the client may try again. */
    OptionalLong admit(String client) {
        long remaining = rollWindow();
        int count = counts.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet();
        if (count <= perMinute) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(remaining + 999_999_999L)));
    }

    /** Starts a new window when the current one is over; returns the nanoseconds left in the window. */
    private synchronized long rollWindow() {
        long now = nanoTime.getAsLong();
        if (now - windowStart >= WINDOW_NANOS) {
            windowStart = now;
            counts.clear();
        }
        return WINDOW_NANOS - (now - windowStart);
    }
}
