package com.ccplatform.webhook.benchmark;

import java.util.Map;

/** What one load phase did: how many requests succeeded and failed (by kind), how fast, their latencies and
 * the CPU spent per request. */
public record PhaseResult(String name, long succeeded, long failed, Map<String, Long> failures, double seconds,
                          LatencyLog.Percentiles latency, CpuShare cpu) {

    /** The same result with the CPU each process spent on it. */
    public PhaseResult withCpu(CpuShare share) {
        return new PhaseResult(name, succeeded, failed, failures, seconds, latency, share);
    }

    /** Successful requests per second over the phase's wall time. */
    public double perSecond() {
        return seconds <= 0 ? 0 : succeeded / seconds;
    }
}
