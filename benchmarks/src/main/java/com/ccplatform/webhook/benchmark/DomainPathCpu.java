package com.ccplatform.webhook.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The same work as {@link DomainPathBenchmark}, timed by this thread's CPU clock rather than the wall clock, so the
 * figure holds on a machine shared with other work (JMH's wall-clock average does not).
 */
public final class DomainPathCpu {

    private static final int WARMUP_OPS = 200_000;
    private static final int MEASURED_OPS = 200_000;

    private DomainPathCpu() {
    }

    /** CPU microseconds per webhook for each event kind. */
    public static Map<String, Double> micros() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Double> micros = new TreeMap<>();
        for (String kind : List.of("text", "receipt")) {
            DomainPathBenchmark benchmark = new DomainPathBenchmark();
            benchmark.kind = kind;
            benchmark.makeRequest();
            long sink = 0;
            for (int i = 0; i < WARMUP_OPS; i++) {
                sink += benchmark.ingest().length;
            }
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < MEASURED_OPS; i++) {
                sink += benchmark.ingest().length;
            }
            long cpu = threads.getCurrentThreadCpuTime() - start;
            micros.put(kind, sink == 0 ? 0 : Math.round(cpu / 1000.0 / MEASURED_OPS * 100) / 100.0);
        }
        return micros;
    }
}
