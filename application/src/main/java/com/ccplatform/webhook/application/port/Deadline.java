package com.ccplatform.webhook.application.port;

import java.time.Duration;

/**
 * The moment by which work for one request must be done. Genesys gives up after 5 s (FRD 6.1.1); the service answers
 * within 4.5 s, so every port call takes the request's deadline and never waits past it.
 */
public final class Deadline {

    private final long atNanos;

    private Deadline(long atNanos) {
        this.atNanos = atNanos;
    }

    /** A deadline {@code budget} from now. */
    public static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    /** A deadline {@code budget} after {@code startNanos}, a {@link System#nanoTime()} reading (e.g. arrival). */
    public static Deadline startedAt(long startNanos, Duration budget) {
        return new Deadline(startNanos + budget.toNanos());
    }

    /** Time left, never negative. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, atNanos - System.nanoTime()));
    }

    public boolean isExpired() {
        return atNanos - System.nanoTime() <= 0;
    }

    /** This deadline or {@code now + limit}, whichever comes first: a per-call timeout that never outlives the request. */
    public Deadline capped(Duration limit) {
        return new Deadline(Math.min(atNanos, System.nanoTime() + limit.toNanos()));
    }

    /** A deadline {@code reserve} earlier than this one, to keep time for what must still follow. */
    public Deadline reserving(Duration reserve) {
        return new Deadline(atNanos - reserve.toNanos());
    }

    /** Remaining time in whole milliseconds, at least 1, for APIs that take a millisecond timeout. */
    public long remainingMillisAtLeastOne() {
        return Math.max(1, remaining().toMillis());
    }

    @Override
    public String toString() {
        return "Deadline[remaining=" + remaining().toMillis() + "ms]";
    }
}
