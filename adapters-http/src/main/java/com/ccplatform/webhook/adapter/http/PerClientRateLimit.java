package com.ccplatform.webhook.adapter.http;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FRD 8.4.2: at most N requests per client address per minute, counted in fixed one-minute windows. The counts are
 * dropped at each new window, and one window counts at most {@link #DEFAULT_MAX_CLIENTS} clients, so a flood of
 * distinct addresses (one IPv6 prefix holds plenty) cannot grow memory without bound. Once a window holds that many,
 * a client not yet counted in it is refused until the window ends, while clients already counted keep their budget:
 * letting newcomers through uncounted would switch the limit off under exactly the flood it is there for.
 */
final class PerClientRateLimit {

    /** Far beyond the few addresses Genesys sends from; about 1.5 MB of counts when full. */
    static final int DEFAULT_MAX_CLIENTS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(PerClientRateLimit.class);
    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final int perMinute;
    private final int maxClients;
    private final LongSupplier nanoTime;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private long windowStart;
    private boolean fullReported;

    PerClientRateLimit(int perMinute, LongSupplier nanoTime) {
        this(perMinute, DEFAULT_MAX_CLIENTS, nanoTime);
    }

    PerClientRateLimit(int perMinute, int maxClients, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.maxClients = maxClients;
        this.nanoTime = nanoTime;
        this.windowStart = nanoTime.getAsLong();
    }

    /** Empty when the request may pass; otherwise the seconds until the client may try again. */
    OptionalLong admit(String client) {
        long remaining = rollWindow();
        AtomicInteger count = counts.get(client);
        if (count == null) {
            count = startCounting(client);
        }
        if (count != null && count.incrementAndGet() <= perMinute) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(remaining + 999_999_999L)));
    }

    /** How many clients the current window counts. */
    int clientsCounted() {
        return counts.size();
    }

    /** Starts a new window when the current one is over; returns the nanoseconds left in the window. */
    private synchronized long rollWindow() {
        long now = nanoTime.getAsLong();
        if (now - windowStart >= WINDOW_NANOS) {
            windowStart = now;
            counts.clear();
            fullReported = false;
        }
        return WINDOW_NANOS - (now - windowStart);
    }

    /** The client's count, new when it had none; null when the window already counts as many clients as it may. */
    private synchronized AtomicInteger startCounting(String client) {
        AtomicInteger count = counts.get(client);
        if (count != null) {
            return count;
        }
        if (counts.size() >= maxClients) {
            if (!fullReported) {
                fullReported = true;
                LOG.atWarn().setMessage("rate_limit_clients_full").addKeyValue("max_clients", maxClients).log();
            }
            return null;
        }
        count = new AtomicInteger();
        counts.put(client, count);
        return count;
    }
}
