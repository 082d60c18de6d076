package com.ccplatform.webhook.benchmark;

/**
 * What the service run measured: the closed-loop and fixed-rate phases, the queue check, memory peaks (bytes) at
 * the fixed rate and over the whole run, and how often the service asked the stub Tenant Service.
 */
public record ServiceFigures(PhaseResult warmup, PhaseResult maxRate, PhaseResult fixedRate,
                             Verification verification, long echoesFiltered, long meanPublishedBytes,
                             ResourceSampler.Peaks fixedRatePeaks, ResourceSampler.Peaks runPeaks,
                             long rssHighWaterMark, String heapSource, long tenantLookups) {
}
