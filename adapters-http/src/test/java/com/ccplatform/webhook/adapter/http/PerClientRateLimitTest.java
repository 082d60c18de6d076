package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The fixed one-minute window and its cap on clients counted, on a clock the test moves. */
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

    @Test
    void onceTheWindowCountsItsCapOfClientsNewOnesAreRefusedUntilTheNextWindow() {
        PerClientRateLimit capped = new PerClientRateLimit(2, 3, now::get);
        assertThat(capped.admit("10.0.0.1")).isEmpty();
        assertThat(capped.admit("10.0.0.2")).isEmpty();
        assertThat(capped.admit("10.0.0.3")).isEmpty();
        now.addAndGet(TimeUnit.SECONDS.toNanos(15));

        assertThat(capped.admit("10.0.0.4")).hasValue(45);
        assertThat(capped.admit("10.0.0.1")).as("a client already counted keeps its budget").isEmpty();
        assertThat(capped.admit("10.0.0.1")).as("and its limit").isPresent();
        now.addAndGet(TimeUnit.SECONDS.toNanos(45));
        assertThat(capped.admit("10.0.0.4")).isEmpty();
    }

    @Test
    void aFloodOfDistinctClientsNeverGrowsTheCountsPastTheCap() {
        PerClientRateLimit capped = new PerClientRateLimit(100, 1_000, now::get);

        for (int i = 0; i < 50_000; i++) {
            capped.admit("2001:db8::" + Integer.toHexString(i));
        }

        assertThat(capped.clientsCounted()).isEqualTo(1_000);
    }

    @Test
    void theDefaultCapIsTenThousandClientsAMinute() {
        PerClientRateLimit limit = new PerClientRateLimit(1, now::get);
        for (int i = 0; i < 10_000; i++) {
            assertThat(limit.admit("client-" + i)).isEmpty();
        }

        assertThat(limit.admit("client-10000")).isPresent();
        assertThat(limit.clientsCounted()).isEqualTo(10_000);
    }
}
