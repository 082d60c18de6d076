package com.ccplatform.webhook.adapter.tenant;

import java.time.Duration;
import java.util.Objects;

/**
 * How long tenant answers are kept in memory, and how much of it they may take.
 *
 * @param foundTtl          a found tenant is asked for again after this (default 60 s)
 * @param unknownTtl        an unknown integration is asked for again after this (default 10 s)
 * @param staleFor          while the Tenant Service fails, a tenant found within this long keeps working (15 min)
 * @param staleRefreshWait  with such a stale answer at hand, the longest a request waits for a fresh one (500 ms)
 * @param maximumWeight     estimated bytes each of the two caches may hold (see {@link CacheWeights}), so neither a
 *                          flood of distinct ids nor large records can fill the heap (4 MiB: some 5,000 tenants with
 *                          UUID ids; a little over 8 MiB at worst for both, beside a 96 MiB heap)
 */
public record TenantCacheSettings(Duration foundTtl, Duration unknownTtl, Duration staleFor,
                                  Duration staleRefreshWait, long maximumWeight) {

    public static final long DEFAULT_MAXIMUM_WEIGHT = 4L * 1024 * 1024;

    public TenantCacheSettings {
        Objects.requireNonNull(foundTtl, "foundTtl");
        Objects.requireNonNull(unknownTtl, "unknownTtl");
        Objects.requireNonNull(staleFor, "staleFor");
        Objects.requireNonNull(staleRefreshWait, "staleRefreshWait");
        if (maximumWeight < 1) {
            throw new IllegalArgumentException("maximumWeight must be at least 1");
        }
    }

    public static TenantCacheSettings defaults() {
        return new TenantCacheSettings(Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofMinutes(15),
                Duration.ofMillis(500), DEFAULT_MAXIMUM_WEIGHT);
    }
}
