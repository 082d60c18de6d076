package com.ccplatform.webhook.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Prints a run as a table for people and writes it as JSON for the next run to be compared with. */
public final class SummaryReport {

    private static final double MIB = 1024.0 * 1024.0;

    private SummaryReport() {
    }

    public static void print(Summary s, PrintStream out) {
        BrokerFigures b = s.broker();
        out.printf("%nGenesys webhook service benchmark  %s  (%d cores, Java %s)%n", s.runId(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        out.printf("load average at start %s, at end %s (above ~2 means other work shared the cores)%n",
                s.loadAverageAtStart(), s.loadAverageAtEnd());
        out.printf("service and floor on %s, %s%n", s.options().serviceJava(), s.options().aotOff()
                ? "no AOT cache" : "AOT cache (" + s.options().aot() + ")");
        out.printf("%-34s %16s %16s %18s%n", "", "service", "broker-only", "ratio / delta");
        ServiceFigures f = s.service();
        String maxLabel = "max throughput (" + s.options().connections() + " in flight)";
        if (f == null) {
            out.printf("%-34s %16s %14.0f/s%n", maxLabel, "-", b.maxRate().perSecond());
        } else {
            out.printf("%-34s %14.0f/s %14.0f/s %17.1f%% %s%n", maxLabel, f.maxRate().perSecond(),
                    b.maxRate().perSecond(), 100 * s.throughputRatio(), mark(s, "throughput_at_least_80pct_of_broker"));
        }
        if (s.floor() != null) {
            out.printf("%-34s %14.0f/s %14.0f/s %17.1f%%%n", "HTTP floor, " + s.options().floorMode()
                    + " (Javalin+publish)", s.floor().perSecond(), b.maxRate().perSecond(), 100 * s.floorRatio());
            if (f != null) {
                out.printf("%-34s %16.1f%%   CPU per request %.0f / %.0f us = %.2fx   %s / %s%n", "service / HTTP floor",
                        100 * s.floorShare(), f.maxRate().cpu().serviceMicros(), s.floor().cpu().serviceMicros(),
                        s.cpuOverFloor(), mark(s, "steady_at_least_90pct_of_http_floor"),
                        mark(s, "cpu_per_request_at_most_1_15x_floor"));
            }
        }
        out.printf("at %,d/s for %ds (latency from due time):%n", s.options().rate(),
                s.options().rateDuration().toSeconds());
        if (f == null) {
            latencyRows(out, null, b.fixedRate().latency());
        } else {
            latencyRows(out, f.fixedRate().latency(), b.fixedRate().latency());
            serviceRows(s, out);
        }
        cpuRows(s, out);
        out.printf("%-34s %14s %14s%n", "broker-only failures (max / fixed)", b.maxRate().failed(),
                b.fixedRate().failed());
        out.printf("%-34s %s (%d-byte bodies, %d channels, %s)%n", "broker-only message", "persistent, confirmed",
                b.bodyBytes(), s.options().brokerChannels(), s.options().brokerQueues() == 2
                        ? "2 queues in the service's 14:5 mix" : "1 queue");
        s.domainPathMicros().forEach((kind, micros) -> out.printf("%-44s %8.2f us/op%n",
                "domain path, " + kind, micros));
    }

    private static void latencyRows(PrintStream out, LatencyLog.Percentiles service, LatencyLog.Percentiles broker) {
        String[] names = {"p50", "p95", "p99", "max"};
        double[] brokerValues = {broker.p50(), broker.p95(), broker.p99(), broker.max()};
        double[] serviceValues = service == null ? null
                : new double[] {service.p50(), service.p95(), service.p99(), service.max()};
        for (int i = 0; i < names.length; i++) {
            if (serviceValues == null) {
                out.printf("  %-32s %16s %13.2f ms%n", names[i], "-", brokerValues[i]);
            } else {
                out.printf("  %-32s %13.2f ms %13.2f ms %+15.2f ms%n", names[i], serviceValues[i], brokerValues[i],
                        serviceValues[i] - brokerValues[i]);
            }
        }
    }

    private static void serviceRows(Summary s, PrintStream out) {
        ServiceFigures f = s.service();
        Verification v = f.verification();
        out.printf("  %-32s %16s %16s %18s%n", "p50 / p99 targets", "", "",
                mark(s, "p50_within_2ms_of_broker") + " / " + mark(s, "p99_within_10ms_of_broker"));
        out.printf("  %-32s %14.0f/s %14.0f/s%n", "achieved rate", f.fixedRate().perSecond(),
                s.broker().fixedRate().perSecond());
        out.printf("%-34s %16d %16s %18s%n", "errors at fixed rate", f.fixedRate().failed(),
                s.broker().fixedRate().failed(), mark(s, "no_errors_at_fixed_rate"));
        out.printf("%-34s %16d   %s%n", "errors, all service phases", s.serviceErrors(), failureKinds(f));
        out.printf("%-34s accepted %,d  in queues %,d  lost %d  extra %d (%d of failed requests)  duplicates %d"
                        + "  misrouted %d  %s%n", "queues vs 200s", v.accepted(), v.received(), v.lost(), v.extra(),
                v.extraFromFailed(), v.duplicates(), v.misrouted(), mark(s, "zero_lost_zero_extra"));
        out.printf("%-34s %,d (answered 200 with echo_filtered, not published)%n", "echoes filtered",
                f.echoesFiltered());
        out.printf("%-34s %13.1f MiB   run peak %.1f MiB, VmHWM %.1f MiB  %s%n", "peak RSS at fixed rate",
                f.fixedRatePeaks().rssBytes() / MIB, f.runPeaks().rssBytes() / MIB, f.rssHighWaterMark() / MIB,
                mark(s, "rss_under_256mib_at_fixed_rate"));
        out.printf("%-34s %13.1f MiB   run peak %.1f MiB  (%s)%n", "peak heap used at fixed rate",
                f.fixedRatePeaks().heapBytes() / MIB, f.runPeaks().heapBytes() / MIB, f.heapSource());
        out.printf("%-34s %,d requests in %d s closed-loop; Tenant Service lookups %d%n", "warm-up",
                f.warmup().succeeded(), Math.round(f.warmup().seconds()), f.tenantLookups());
        overloadRows(s, out);
        freshStartRows(s, f.freshStart(), "first_20s_at_least_70pct_of_steady", out);
        if (f.pinned() != null) {
            ServiceFigures.Pinned p = f.pinned();
            freshStartRows(s, p.freshStart(), "pinned_first_20s_at_least_70pct_of_steady", out);
            Verification pv = p.verification();
            out.printf("  %-32s CPU per request %.0f us; accepted %,d  in queues %,d  lost %d  extra %d  %s%n",
                    "pinned max rate", p.maxRate().cpu().serviceMicros(), pv.accepted(), pv.received(), pv.lost(),
                    pv.extra(), mark(s, "pinned_zero_lost_zero_extra"));
        }
    }

    /** Issue 15: time to ready, then the rate per 5 s window from the first request; `|` marks the max phase. */
    private static void freshStartRows(Summary s, FreshStart fresh, String target, PrintStream out) {
        out.printf("fresh start, %s (%s): /ready %,d ms after the process started%n", fresh.label(),
                s.options().aotOff() ? "no AOT cache" : "AOT cache", fresh.toReady().toMillis());
        StringBuilder windows = new StringBuilder();
        int warmupWindows = (int) (s.options().warmup().toSeconds() / FreshStart.WINDOW_SECONDS);
        var rates = fresh.windowRates();
        for (int i = 0; i < rates.size(); i++) {
            windows.append(i == warmupWindows ? " |" : "").append(String.format(" %,.0f", rates.get(i)));
        }
        out.printf("  %-32s%s%n", "req/s per 5 s window", windows);
        out.printf("  %-32s %,.0f/s = %.1f%% of steady %,.0f/s  %s%n", "first 20 s", fresh.firstSecondsRate(),
                100 * fresh.firstSecondsRatio(), fresh.steadyPerSecond(), mark(s, target));
    }

    private static void overloadRows(Summary s, PrintStream out) {
        ServiceFigures.Overload o = s.service().overload();
        if (o == null) {
            return;
        }
        PhaseResult p = o.phase();
        long answered503 = p.failures().getOrDefault("HTTP 503", 0L);
        out.printf("overload at %,d/s (2x max) for %ds, %d connections (latency from due time):%n",
                o.offeredPerSecond(), s.options().overloadDuration().toSeconds(), s.options().overloadConnections());
        out.printf("  %-32s 200: %,d (%.0f/s)  503 with Retry-After: %,d  other: %s  %s%n", "answers",
                p.succeeded(), p.perSecond(), answered503, otherFailures(p),
                mark(s, "overload_all_answered_200_or_503_within_deadline"));
        out.printf("  %-32s p50 %.1f ms  p99 %.1f ms  max %.1f ms  past 4.5 s: %d%n", "latency", p.latency().p50(),
                p.latency().p99(), p.latency().max(), p.latency().pastDeadline());
        out.printf("  %-32s %13.1f MiB   heap %.1f MiB  %s%n", "peak RSS under overload", o.peaks().rssBytes() / MIB,
                o.peaks().heapBytes() / MIB, mark(s, "overload_rss_under_256mib"));
    }

    private static String otherFailures(PhaseResult p) {
        Map<String, Long> other = new TreeMap<>(p.failures());
        other.remove("HTTP 503");
        return other.isEmpty() ? "none" : other.toString();
    }

    private static void cpuRows(Summary s, PrintStream out) {
        out.printf("CPU per request at max rate (us):  %16s %16s %16s%n", "service run", "broker-only run",
                "HTTP floor run");
        CpuShare broker = s.broker().maxRate().cpu();
        CpuShare service = s.service() == null ? CpuShare.NONE : s.service().maxRate().cpu();
        CpuShare floor = s.floor() == null ? CpuShare.NONE : s.floor().cpu();
        out.printf("  %-32s %16.0f %16s %16.0f%n", "service process", service.serviceMicros(), "-",
                floor.serviceMicros());
        out.printf("  %-32s %16.0f %16.0f %16.0f%n", "RabbitMQ (beam.smp)", service.brokerMicros(),
                broker.brokerMicros(), floor.brokerMicros());
        out.printf("  %-32s %16.0f %16.0f %16.0f%n", "load generator / bare publisher", service.generatorMicros(),
                broker.generatorMicros(), floor.generatorMicros());
        service.serviceThreadMicros().forEach((group, micros) ->
                out.printf("    service threads '%s'%s %8.0f%n", group, " ".repeat(Math.max(0, 22 - group.length())),
                        micros));
    }

    private static String failureKinds(ServiceFigures f) {
        Map<String, Long> kinds = new TreeMap<>();
        for (PhaseResult phase : new PhaseResult[] {f.warmup(), f.maxRate(), f.fixedRate()}) {
            phase.failures().forEach((kind, count) -> kinds.merge(kind, count, Long::sum));
        }
        return kinds.isEmpty() ? "" : kinds.toString();
    }

    private static String mark(Summary s, String target) {
        return s.targets().get(target) ? "[met]" : "[MISSED]";
    }

    /** Writes the run as pretty JSON, creating the directory if needed. */
    public static void writeJson(Summary s, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.writeValue(file.toFile(), SummaryJson.of(s));
    }
}
