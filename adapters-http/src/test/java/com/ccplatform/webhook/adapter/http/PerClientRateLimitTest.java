package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The fixed one-minute window, on a clock the test moves. */
class PerClientRateLimitTest {

    final AtomicLong now = new AtomicLong(1_000);
    final PerClientRateLimit limit = new PerClientRateLimit(2, now::get);

    @Test
    void refusesTheRequestOverTheLimitWithTheSecondsLeftInTheWindow() {
        assertThat(limit.admit("10.0.0.1")).isEmpty();
        assertThat(limit.admit("10.0.0.1")).isEmpty();
        now.addAndGet(TimeUnit.SECONDS.toNanos(20));

        assertThat(limit.admit("10.0.0.1")).hasValue(40);
    }

    @Test
    void countsEachClientApart() {
        limit.admit("10.0.0.1");
        limit.admit("10.0.0.1");

        assertThat(limit.admit("10.0.0.2")).isEmpty();
        assertThat(limit.admit("10.0.0.1")).isPresent();
    }

    @Test
    void admitsAgainInTheNextWindow() {
        limit.admit("10.0.0.1");
        limit.admit("10.0.0.1");
        assertThat(limit.admit("10.0.0.1")).isPresent();
        now.addAndGet(TimeUnit.SECONDS.toNanos(60));

        assertThat(limit.admit("10.0.0.1")).isEmpty();
    }
}
