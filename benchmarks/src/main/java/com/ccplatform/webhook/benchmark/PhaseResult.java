package com.ccplatform.webhook.benchmark;

import java.util.List;
import java.util.Map;

/**
 * What one load phase did: how many requests succeeded and failed (by kind), how fast, their latencies, the CPU
 * spent per request, and how many succeeded in each second from the phase's start (what warm-up is read from).
 */
public record PhaseResult(String name, long succeeded, long failed, Map<String, Long> failures, double seconds,
                          LatencyLog.Percentiles latency, CpuShare cpu, List<Long> succeededPerSecond) {

    public PhaseResult {
        succeededPerSecond = List.copyOf(succeededPerSecond);
    }

    /** The same result with the CPU each process spent on it. */
    public PhaseResult withCpu(CpuShare share) {
        return new PhaseResult(name, succeeded, failed, failures, seconds, latency, share, succeededPerSecond);
    }

    /** Successful requests per second over the phase's wall time. */
    public double perSecond() {
        return seconds <= 0 ? 0 : succeeded / seconds;
    }
}
