package com.ccplatform.webhook.benchmark;

/**
 * What the service run measured: the closed-loop and fixed-rate phases, the overload phase (null when skipped), the
 * queue check, memory peaks (bytes) at the fixed rate and over the whole run, and how often the service asked the stub
 * Tenant Service.
 */
public record ServiceFigures(PhaseResult warmup, PhaseResult maxRate, PhaseResult fixedRate, Overload overload,
                             Verification verification, long echoesFiltered, long meanPublishedBytes,
                             ResourceSampler.Peaks fixedRatePeaks, ResourceSampler.Peaks runPeaks,
                             long rssHighWaterMark, String heapSource, long tenantLookups) {

    /** The open loop at twice the max rate: the rate offered, what came of it, and the memory peaks meanwhile. */
    public record Overload(int offeredPerSecond, PhaseResult phase, ResourceSampler.Peaks peaks) {
    }
}
