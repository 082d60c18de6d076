package com.ccplatform.webhook.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FreshStartTest {

    @Test
    void theWarmUpAndMaxPhasesAreReadBackToBackInWholeSecondsAndFiveSecondWindows() {
        // a warm-up of 10.6 s: its 11th, partial second (the last answers after the deadline) is left out
        PhaseResult warmup = phase(10.6, LongStream.rangeClosed(1, 11).map(s -> s * 100).boxed().toList());
        PhaseResult max = phase(10.2, List.of(2_000L, 2_000L, 2_000L, 2_000L, 2_000L, 2_000L, 2_000L, 2_000L,
                2_000L, 2_000L, 5L));

        FreshStart fresh = FreshStart.of("as deployed", Duration.ofMillis(900), warmup, max);

        assertThat(fresh.succeededPerSecond()).hasSize(20).startsWith(100L, 200L).endsWith(2_000L);
        assertThat(fresh.windowRates()).containsExactly(300.0, 800.0, 2_000.0, 2_000.0);
        assertThat(fresh.firstSecondsRate()).isEqualTo((1_500 + 4_000 + 20_000) / 20.0);
        assertThat(fresh.steadyPerSecond()).isEqualTo(max.perSecond());
    }

    @Test
    void seventyPercentOfTheSteadyStateOverTheFirstTwentySecondsIsTheTarget() {
        List<Long> seconds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            seconds.add(700L);
        }
        assertThat(new FreshStart("x", Duration.ZERO, seconds, 1_000).met()).isTrue();
        assertThat(new FreshStart("x", Duration.ZERO, seconds, 1_001).met()).isFalse();
    }

    @Test
    void fewerThanTwentySecondsMeasuredIsNotMet() {
        FreshStart fresh = new FreshStart("x", Duration.ZERO, List.of(1_000L, 1_000L), 1_000);

        assertThat(fresh.firstSecondsRate()).isNaN();
        assertThat(fresh.met()).isFalse();
    }

    private static PhaseResult phase(double seconds, List<Long> perSecond) {
        long succeeded = perSecond.stream().mapToLong(Long::longValue).sum();
        return new PhaseResult("p", succeeded, 0, Map.of(), seconds, LatencyLog.merge(List.of(new LatencyLog())),
                CpuShare.NONE, perSecond);
    }
}
