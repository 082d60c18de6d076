package com.ccplatform.webhook.adapter.tenant;

import java.time.Duration;
import java.util.Objects;

/**
 * How long tenant answers are kept in memory.
 *
 * @param foundTtl          a found tenant is asked for again after this (default 60 s)
 * @param unknownTtl        an unknown integration is asked for again after this (default 10 s)
 * @param staleFor          while the Tenant Service fails, a tenant found within this long keeps working (15 min)
 * @param staleRefreshWait  with such a stale answer at hand, the longest a request waits for a fresh one (500 ms)
 * @param maximumSize       entries per cache, so forged integration ids cannot fill the heap (10,000)
 */
public record TenantCacheSettings(Duration foundTtl, Duration unknownTtl, Duration staleFor,
                                  Duration staleRefreshWait, long maximumSize) {

    public TenantCacheSettings {
        Objects.requireNonNull(foundTtl, "foundTtl");
        Objects.requireNonNull(unknownTtl, "unknownTtl");
        Objects.requireNonNull(staleFor, "staleFor");
        Objects.requireNonNull(staleRefreshWait, "staleRefreshWait");
        if (maximumSize < 1) {
            throw new IllegalArgumentException("maximumSize must be at least 1");
        }
    }

    public static TenantCacheSettings defaults() {
        return new TenantCacheSettings(Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofMinutes(15),
                Duration.ofMillis(500), 10_000);
    }
}
