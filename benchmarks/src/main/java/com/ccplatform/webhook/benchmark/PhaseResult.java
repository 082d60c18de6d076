package com.ccplatform.webhook.benchmark;

import java.util.Map;

/** What one load phase did: how many requests succeeded and failed (by kind), how fast, and their latencies. */
public record PhaseResult(String name, long succeeded, long failed, Map<String, Long> failures, double seconds,
                          LatencyLog.Percentiles latency) {

    /** Successful requests per second over the phase's wall time. */
    public double perSecond() {
        return seconds <= 0 ? 0 : succeeded / seconds;
    }
}
