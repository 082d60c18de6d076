package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.github.benmanes.caffeine.cache.AsyncCache;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Single flight over a Caffeine async cache: the first caller to miss a key fetches it on its own thread, and every
 * caller that misses the same key meanwhile waits for that one fetch, each no longer than its own deadline.
 */
final class SharedLookup {

    /** The remote fetch the first caller makes. */
    interface Fetch<V> {
        V get() throws DependencyUnavailableException;
    }

    private SharedLookup() {
    }

    static <K, V> V get(AsyncCache<K, V> cache, K key, Deadline deadline, String dependency, Fetch<V> fetch)
            throws DependencyUnavailableException {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> shared = cache.get(key, (k, executor) -> mine);
        if (shared != mine) {
            return await(shared, deadline, dependency);
        }
        try {
            V value = fetch.get();
            mine.complete(value);
            return value;
        } catch (DependencyUnavailableException | RuntimeException e) {
            // a failed future leaves the cache, so the next caller tries again
            mine.completeExceptionally(new FailedFetch(e));
            throw e;
        } catch (Error e) {
            // never leave the shared future incomplete: Caffeine would keep it, and every later caller would wait on it
            mine.completeExceptionally(new FailedFetch(new IllegalStateException("shared fetch failed", e)));
            throw e;
        }
    }

    /**
     * Carries a failed fetch to the callers that waited on it. It is a CancellationException because Caffeine drops
     * such futures quietly, where it logs any other failure as a warning with a stack trace, once per failed lookup.
     */
    private static final class FailedFetch extends CancellationException {
        private static final long serialVersionUID = 1L;

        FailedFetch(Exception cause) {
            super("shared fetch failed");
            initCause(cause);
        }
    }

    private static <V> V await(CompletableFuture<V> shared, Deadline deadline, String dependency)
            throws DependencyUnavailableException {
        try {
            return shared.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new DependencyUnavailableException(dependency, "no answer before the request's deadline");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DependencyUnavailableException(dependency, "interrupted", e);
        } catch (CancellationException | ExecutionException e) {
            if (e.getCause() instanceof DependencyUnavailableException) {
                throw (DependencyUnavailableException) e.getCause();
            }
            throw new DependencyUnavailableException(dependency, "lookup failed", e.getCause());
        }
    }
}
