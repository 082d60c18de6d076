package com.ccplatform.webhook.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overload phase's verdict (issue 12, item 5): 200 or 503 with Retry-After, all within the 4.5 s deadline. */
class OverloadVerdictTest {

    @Test
    void countsTheAnswersPastTheDeadline() {
        LatencyLog log = new LatencyLog();
        for (long millis : new long[] {1, 20, 4_500, 4_501, 9_000}) {
            log.record(millis * 1_000_000);
        }

        LatencyLog.Percentiles latency = LatencyLog.merge(List.of(log));

        assertThat(latency.pastDeadline()).isEqualTo(2);
        assertThat(latency.max()).isEqualTo(9_000.0);
    }

    @Test
    void allAnsweredWith200Or503InTimeIsMet() {
        assertThat(Summary.overloadAnsweredInTime(overload(Map.of("HTTP 503", 40L), 4_000))).isTrue();
    }

    @Test
    void a504OrA503WithoutRetryAfterOrAConnectionErrorIsMissed() {
        assertThat(Summary.overloadAnsweredInTime(overload(Map.of("HTTP 504", 1L), 10))).isFalse();
        assertThat(Summary.overloadAnsweredInTime(overload(Map.of("HTTP 503 without Retry-After", 1L), 10)))
                .isFalse();
        assertThat(Summary.overloadAnsweredInTime(overload(Map.of("SocketTimeoutException", 1L), 10))).isFalse();
    }

    @Test
    void anAnswerPastTheDeadlineIsMissed() {
        assertThat(Summary.overloadAnsweredInTime(overload(Map.of(), 4_600))).isFalse();
    }

    private static ServiceFigures.Overload overload(Map<String, Long> failures, long slowestMillis) {
        LatencyLog log = new LatencyLog();
        long failed = failures.values().stream().mapToLong(Long::longValue).sum();
        for (int i = 0; i < 100 + failed - 1; i++) {
            log.record(1_000_000);
        }
        log.record(slowestMillis * 1_000_000);
        PhaseResult phase = new PhaseResult("service-overload", 100, failed, failures, 20,
                LatencyLog.merge(List.of(log)), CpuShare.NONE, List.of());
        return new ServiceFigures.Overload(10_000, phase, new ResourceSampler.Peaks(200L << 20, 60L << 20));
    }
}
