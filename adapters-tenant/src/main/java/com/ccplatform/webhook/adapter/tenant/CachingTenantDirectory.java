package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.application.port.out.TenantDirectory;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.Tenant;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps tenant answers in memory in front of another directory: found tenants for a minute, unknown integrations for
 * less, one remote call per key however many requests miss it at once, and the last known tenant while the directory
 * is down. Tenants and their webhook secrets in this cache are the only state the service holds, and only in memory;
 * each of the two caches holds at most {@link TenantCacheSettings#maximumWeight} estimated bytes. A lookup in flight
 * weighs nothing until it completes, but there is at most one per request thread.
 */
public final class CachingTenantDirectory implements TenantDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(CachingTenantDirectory.class);

    private final TenantDirectory origin;
    private final TenantCacheSettings settings;
    private final AsyncCache<IntegrationId, Optional<Tenant>> fresh;
    private final Cache<IntegrationId, Tenant> lastKnown;

    public CachingTenantDirectory(TenantDirectory origin, TenantCacheSettings settings) {
        this(origin, settings, Ticker.systemTicker());
    }

    /** @param ticker the clock of expiry; tests pass one they can advance */
    public CachingTenantDirectory(TenantDirectory origin, TenantCacheSettings settings, Ticker ticker) {
        this.origin = origin;
        this.settings = settings;
        // bounded by estimated bytes, not count: a count lets long ids or large records take any amount of heap
        this.fresh = Caffeine.newBuilder().ticker(ticker).maximumWeight(settings.maximumWeight())
                .weigher(CacheWeights::answer).expireAfter(new AnswerExpiry(settings)).buildAsync();
        this.lastKnown = Caffeine.newBuilder().ticker(ticker).maximumWeight(settings.maximumWeight())
                .weigher(CacheWeights::tenant).expireAfterWrite(settings.staleFor()).build();
    }

    @Override
    public Optional<Tenant> findByIntegration(IntegrationId integrationId, Deadline deadline)
            throws DependencyUnavailableException {
        Tenant stale = lastKnown.getIfPresent(integrationId);
        // with an answer at hand, a slow directory must not eat the time the rest of the request needs
        Deadline budget = stale == null ? deadline : deadline.capped(settings.staleRefreshWait());
        try {
            return SharedLookup.get(fresh, integrationId, budget, HttpTenantDirectory.DEPENDENCY,
                    () -> fetch(integrationId, budget));
        } catch (DependencyUnavailableException e) {
            if (stale == null) {
                throw e;
            }
            LOG.debug("tenant directory unavailable; serving the last known tenant {}", stale.id());
            return Optional.of(stale);
        }
    }

    private Optional<Tenant> fetch(IntegrationId integrationId, Deadline deadline)
            throws DependencyUnavailableException {
        Optional<Tenant> answer = origin.findByIntegration(integrationId, deadline);
        if (answer.isPresent()) {
            lastKnown.put(integrationId, answer.get());
        } else {
            lastKnown.invalidate(integrationId);
        }
        return answer;
    }

    /** The estimated bytes both caches hold now (see {@link CacheWeights}). */
    long estimatedBytes() {
        fresh.synchronous().cleanUp();
        lastKnown.cleanUp();
        long bytes = 0;
        for (var entry : fresh.synchronous().asMap().entrySet()) {
            bytes += CacheWeights.answer(entry.getKey(), entry.getValue());
        }
        for (var entry : lastKnown.asMap().entrySet()) {
            bytes += CacheWeights.tenant(entry.getKey(), entry.getValue());
        }
        return bytes;
    }

    /** Found tenants live {@code foundTtl}, unknown integrations {@code unknownTtl}, from when they were fetched. */
    private static final class AnswerExpiry implements Expiry<IntegrationId, Optional<Tenant>> {
        private final long foundNanos;
        private final long unknownNanos;

        AnswerExpiry(TenantCacheSettings settings) {
            this.foundNanos = settings.foundTtl().toNanos();
            this.unknownNanos = settings.unknownTtl().toNanos();
        }

        @Override
        public long expireAfterCreate(IntegrationId key, Optional<Tenant> value, long currentTime) {
            return value.isPresent() ? foundNanos : unknownNanos;
        }

        @Override
        public long expireAfterUpdate(IntegrationId key, Optional<Tenant> value, long currentTime,
                                      long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(IntegrationId key, Optional<Tenant> value, long currentTime,
                                    long currentDuration) {
            return currentDuration;
        }
    }
}
