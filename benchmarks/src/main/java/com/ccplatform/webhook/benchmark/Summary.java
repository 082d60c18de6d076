package com.ccplatform.webhook.benchmark;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One benchmark run: its figures and how they stand against issue 8's targets. {@code service} and {@code floor}
 * (the HTTP floor phase) are null when skipped.
 */
public record Summary(String runId, Instant startedAt, BenchmarkOptions options, ServiceFigures service,
                      BrokerFigures broker, PhaseResult floor, Map<String, Double> domainPathMicros,
                      String loadAverageAtStart, String loadAverageAtEnd) {

    /** The 1, 5 and 15 minute load averages from /proc/loadavg: a busy machine explains a poor run. */
    public static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static final double MIN_THROUGHPUT_RATIO = 0.80;
    static final double MAX_P50_DELTA_MS = 2.0;
    static final double MAX_P99_DELTA_MS = 10.0;
    static final long MAX_RSS_BYTES = 256L * 1024 * 1024;
    static final double MIN_FLOOR_SHARE = 0.90;
    static final double MAX_CPU_OVER_FLOOR = 1.15;

    /** The service's max rate over the HTTP floor's (issue 15: at least 90%). */
    public double floorShare() {
        return service.maxRate().perSecond() / floor.perSecond();
    }

    /** The service's CPU per request over the HTTP floor's, both at max rate (issue 15: at most 1.15). */
    public double cpuOverFloor() {
        return service.maxRate().cpu().serviceMicros() / floor.cpu().serviceMicros();
    }

    public double throughputRatio() {
        return service.maxRate().perSecond() / broker.maxRate().perSecond();
    }

    public double p50DeltaMillis() {
        return service.fixedRate().latency().p50() - broker.fixedRate().latency().p50();
    }

    public double p99DeltaMillis() {
        return service.fixedRate().latency().p99() - broker.fixedRate().latency().p99();
    }

    /** The HTTP floor's max rate over the broker's: the most any Javalin service could reach here. */
    public double floorRatio() {
        return floor.perSecond() / broker.maxRate().perSecond();
    }

    /** Failed requests over every service phase (warm-up included). */
    public long serviceErrors() {
        return service.warmup().failed() + service.maxRate().failed() + service.fixedRate().failed();
    }

    /** Each target by name, true when met; the overload ones only when that phase ran. */
    public Map<String, Boolean> targets() {
        Map<String, Boolean> targets = new LinkedHashMap<>(Map.of(
                "throughput_at_least_80pct_of_broker", throughputRatio() >= MIN_THROUGHPUT_RATIO,
                "no_errors_at_fixed_rate", service.fixedRate().failed() == 0,
                "p50_within_2ms_of_broker", p50DeltaMillis() <= MAX_P50_DELTA_MS,
                "p99_within_10ms_of_broker", p99DeltaMillis() <= MAX_P99_DELTA_MS,
                "zero_lost_zero_extra", service.verification().exact(),
                "rss_under_256mib_at_fixed_rate", service.fixedRatePeaks().rssBytes() < MAX_RSS_BYTES));
        targets.put("first_20s_at_least_70pct_of_steady", service.freshStart().met());
        if (service.pinned() != null) {
            targets.put("pinned_first_20s_at_least_70pct_of_steady", service.pinned().freshStart().met());
            targets.put("pinned_zero_lost_zero_extra", service.pinned().verification().exact());
        }
        if (floor != null) {
            targets.put("steady_at_least_90pct_of_http_floor", floorShare() >= MIN_FLOOR_SHARE);
            targets.put("cpu_per_request_at_most_1_15x_floor", cpuOverFloor() <= MAX_CPU_OVER_FLOOR);
        }
        ServiceFigures.Overload overload = service.overload();
        if (overload != null) {
            targets.put("overload_all_answered_200_or_503_within_deadline", overloadAnsweredInTime(overload));
            targets.put("overload_rss_under_256mib", overload.peaks().rssBytes() < MAX_RSS_BYTES);
        }
        return targets;
    }

    /** Issue 12, item 5: every request answered within 4.5 s, each 200 or 503 with Retry-After, nothing else. */
    static boolean overloadAnsweredInTime(ServiceFigures.Overload overload) {
        PhaseResult phase = overload.phase();
        boolean only503 = phase.failures().keySet().stream().allMatch("HTTP 503"::equals);
        return only503 && phase.latency().pastDeadline() == 0
                && phase.latency().count() == phase.succeeded() + phase.failed();
    }
}
