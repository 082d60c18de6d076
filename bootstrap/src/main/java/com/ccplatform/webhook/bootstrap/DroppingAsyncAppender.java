package com.ccplatform.webhook.bootstrap;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service's logging policy: a request thread never waits for the log. Lines queue for one writer thread; when
 * the queue is four-fifths full, INFO and below are dropped, and when it is full, everything is (`neverBlock`).
 * Every dropped line is counted ({@link #dropped()}, `log_events_dropped_total` in `/metrics`), so a flood that costs
 * log lines is seen, never felt as latency.
 */
public final class DroppingAsyncAppender extends AsyncAppender {

    private static final AtomicLong DROPPED = new AtomicLong();

    public DroppingAsyncAppender() {
        setNeverBlock(true);
    }

    /** Log lines dropped by every such appender since the JVM started. */
    public static long dropped() {
        return DROPPED.get();
    }

    @Override
    protected boolean isDiscardable(ILoggingEvent event) {
        // asked only when the queue is past its discarding threshold: true means this line is dropped
        boolean discard = super.isDiscardable(event);
        if (discard) {
            DROPPED.incrementAndGet();
        }
        return discard;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (getRemainingCapacity() == 0) {
            // the queue is full and neverBlock drops the line; counted here, as logback does not tell
            DROPPED.incrementAndGet();
        }
        super.append(event);
    }
}
