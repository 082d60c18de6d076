package com.ccplatform.webhook.benchmark;

import java.util.Arrays;
import java.util.List;

/** Latencies in nanoseconds recorded by one worker without locking; merged into percentiles at the end. */
public final class LatencyLog {

    private long[] values = new long[4096];
    private int size;

    public void record(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public int size() {
        return size;
    }

    /** Percentiles over every value of every log. */
    public static Percentiles merge(List<LatencyLog> logs) {
        int total = logs.stream().mapToInt(LatencyLog::size).sum();
        long[] all = new long[total];
        int at = 0;
        for (LatencyLog log : logs) {
            System.arraycopy(log.values, 0, all, at, log.size);
            at += log.size;
        }
        Arrays.sort(all);
        return Percentiles.of(all);
    }

    /**
     * p50/p95/p99/max in milliseconds of a sorted array (nearest-rank), and how many took longer than the service's
     * 4.5 s deadline; zeros when there were no samples.
     */
    public record Percentiles(long count, double p50, double p95, double p99, double max, long pastDeadline) {

        /** The service's answer deadline (`REQUEST_TIMEOUT`): Genesys gives up at 5 s. */
        static final long DEADLINE_NANOS = 4_500_000_000L;

        static Percentiles of(long[] sorted) {
            if (sorted.length == 0) {
                return new Percentiles(0, 0, 0, 0, 0, 0);
            }
            int within = Arrays.binarySearch(sorted, DEADLINE_NANOS + 1);
            long past = sorted.length - (within >= 0 ? firstAtLeast(sorted, DEADLINE_NANOS + 1) : -within - 1);
            return new Percentiles(sorted.length, millis(rank(sorted, 0.50)), millis(rank(sorted, 0.95)),
                    millis(rank(sorted, 0.99)), millis(sorted[sorted.length - 1]), past);
        }

        private static int firstAtLeast(long[] sorted, long value) {
            int index = Arrays.binarySearch(sorted, value);
            while (index > 0 && sorted[index - 1] >= value) {
                index--;
            }
            return index;
        }

        private static long rank(long[] sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        private static double millis(long nanos) {
            return nanos / 1_000_000.0;
        }
    }
}
