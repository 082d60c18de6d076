package com.ccplatform.webhook.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 15: how a freshly started service serves. The time from starting its process to its first `/ready` 200,
 * then the requests answered 200 in each second from the first request at full load (closed loop, the warm-up and
 * max-rate phases back to back), against the rate of its own max-rate phase (its steady state).
 */
public record FreshStart(String label, Duration toReady, List<Long> succeededPerSecond, double steadyPerSecond) {

    static final int WINDOW_SECONDS = 5;
    static final int FIRST_SECONDS = 20;
    static final double MIN_FIRST_SECONDS_RATIO = 0.70;

    public FreshStart {
        succeededPerSecond = List.copyOf(succeededPerSecond);
    }

    /** The warm-up and max-rate phases of one process, back to back, each cut to its whole seconds. */
    static FreshStart of(String label, Duration toReady, PhaseResult warmup, PhaseResult max) {
        List<Long> seconds = new ArrayList<>(wholeSeconds(warmup));
        seconds.addAll(wholeSeconds(max));
        return new FreshStart(label, toReady, seconds, max.perSecond());
    }

    private static List<Long> wholeSeconds(PhaseResult phase) {
        List<Long> all = phase.succeededPerSecond();
        return all.subList(0, Math.min(all.size(), (int) Math.floor(phase.seconds())));
    }

    /** Requests per second in each whole 5-second window from the first request. */
    public List<Double> windowRates() {
        List<Double> rates = new ArrayList<>();
        for (int from = 0; from + WINDOW_SECONDS <= succeededPerSecond.size(); from += WINDOW_SECONDS) {
            rates.add(sum(from, from + WINDOW_SECONDS) / (double) WINDOW_SECONDS);
        }
        return rates;
    }

    /** The mean rate over the first 20 seconds, or NaN when fewer were measured. */
    public double firstSecondsRate() {
        return succeededPerSecond.size() < FIRST_SECONDS ? Double.NaN
                : sum(0, FIRST_SECONDS) / (double) FIRST_SECONDS;
    }

    /** The first 20 seconds' rate over the steady state's. */
    public double firstSecondsRatio() {
        return steadyPerSecond <= 0 ? Double.NaN : firstSecondsRate() / steadyPerSecond;
    }

    /** At least 70% of the steady state over the first 20 seconds (false when that was not measured). */
    public boolean met() {
        return firstSecondsRatio() >= MIN_FIRST_SECONDS_RATIO;
    }

    private long sum(int from, int to) {
        long total = 0;
        for (int i = from; i < to; i++) {
            total += succeededPerSecond.get(i);
        }
        return total;
    }
}
