package com.ccplatform.webhook.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU microseconds per successful request that the service, the broker and the load generator each spent, and
 * the service's split by thread group (request threads, JIT compiler, GC...), largest first.
 */
public record CpuShare(double serviceMicros, double brokerMicros, double generatorMicros,
                       Map<String, Double> serviceThreadMicros) {

    public static final CpuShare NONE = new CpuShare(0, 0, 0, Map.of());

    /** A load phase to measure. */
    public interface Phase {
        PhaseResult run() throws InterruptedException;
    }

    /** Runs the phase and adds to its result the CPU each process spent per successful request. */
    public static PhaseResult measure(long servicePid, long brokerPid, Phase phase) throws InterruptedException {
        long generatorPid = ProcessHandle.current().pid();
        long service = ProcessCpu.nanos(servicePid);
        long broker = ProcessCpu.nanos(brokerPid);
        long generator = ProcessCpu.nanos(generatorPid);
        Map<String, Long> threads = servicePid > 0 ? ProcessCpu.byThreadGroup(servicePid) : Map.of();
        PhaseResult result = phase.run();
        long requests = result.succeeded();
        if (requests <= 0) {
            return result.withCpu(NONE);
        }
        Map<String, Long> threadsAfter = servicePid > 0 ? ProcessCpu.byThreadGroup(servicePid) : Map.of();
        return result.withCpu(new CpuShare(micros(ProcessCpu.nanos(servicePid) - service, requests),
                micros(ProcessCpu.nanos(brokerPid) - broker, requests),
                micros(ProcessCpu.nanos(generatorPid) - generator, requests),
                perGroup(threads, threadsAfter, requests)));
    }

    private static Map<String, Double> perGroup(Map<String, Long> before, Map<String, Long> after, long requests) {
        Map<String, Double> groups = new LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8)
                .forEach(e -> groups.put(e.getKey(), micros(e.getValue(), requests)));
        return groups;
    }

    private static double micros(long nanos, long requests) {
        return Math.round(nanos / 1000.0 / requests * 10) / 10.0;
    }
}
