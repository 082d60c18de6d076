package com.ccplatform.webhook.benchmark;

/**
 * What the service run measured: the closed-loop and fixed-rate phases, the overload phase (null when skipped), the
 * queue check, memory peaks (bytes) at the fixed rate and over the whole run, and how often the service asked the stub
 * Tenant Service, how the fresh process warmed up (issue 15), and the pinned run (null when skipped).
 */
public record ServiceFigures(PhaseResult warmup, PhaseResult maxRate, PhaseResult fixedRate, Overload overload,
                             Verification verification, long echoesFiltered, long meanPublishedBytes,
                             ResourceSampler.Peaks fixedRatePeaks, ResourceSampler.Peaks runPeaks,
                             long rssHighWaterMark, String heapSource, long tenantLookups, FreshStart freshStart,
                             Pinned pinned) {

    /** The same figures with the pinned run's. */
    public ServiceFigures withPinned(Pinned pinnedRun) {
        return new ServiceFigures(warmup, maxRate, fixedRate, overload, verification, echoesFiltered,
                meanPublishedBytes, fixedRatePeaks, runPeaks, rssHighWaterMark, heapSource, tenantLookups, freshStart,
                pinnedRun);
    }

    /** A second fresh service pinned to fewer CPUs: how it warms up, its max-rate phase, and its queue check. */
    public record Pinned(FreshStart freshStart, PhaseResult maxRate, Verification verification) {
    }

    /** The open loop at twice the max rate: the rate offered, what came of it, and the memory peaks meanwhile. */
    public record Overload(int offeredPerSecond, PhaseResult phase, ResourceSampler.Peaks peaks) {
    }
}
