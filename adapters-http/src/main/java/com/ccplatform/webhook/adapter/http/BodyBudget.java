package com.ccplatform.webhook.adapter.http;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The one process-wide allowance of webhook body bytes held in memory at once. A body reserves what it may come to
 * hold before its bytes are kept, and gives it back when its answer has gone out; a body that does not fit is refused
 * (503, Genesys retries) instead of being buffered, so no number of clients can buffer the heap away.
 */
final class BodyBudget {

    private final long limit;
    private final AtomicLong reserved = new AtomicLong();

    BodyBudget(long limitBytes) {
        if (limitBytes <= 0) {
            throw new IllegalArgumentException("the body budget must be positive: " + limitBytes);
        }
        this.limit = limitBytes;
    }

    /** Reserves {@code bytes} if they fit beside what is already reserved; false, reserving nothing, otherwise. */
    boolean tryReserve(long bytes) {
        if (bytes <= 0) {
            return true;
        }
        long now;
        do {
            now = reserved.get();
            if (now + bytes > limit) {
                return false;
            }
        } while (!reserved.compareAndSet(now, now + bytes));
        return true;
    }

    void release(long bytes) {
        if (bytes > 0) {
            reserved.addAndGet(-bytes);
        }
    }

    long limit() {
        return limit;
    }

    long reserved() {
        return reserved.get();
    }
}
