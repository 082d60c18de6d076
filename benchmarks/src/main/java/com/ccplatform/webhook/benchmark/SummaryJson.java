package com.ccplatform.webhook.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/** The machine-readable form of a run: plain maps of numbers, stable keys, for comparing runs. */
final class SummaryJson {

    private static final double MIB = 1024.0 * 1024.0;

    private SummaryJson() {
    }

    static Map<String, Object> of(Summary s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run_id", s.runId());
        json.put("started_at", s.startedAt().toString());
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("java", System.getProperty("java.version"));
        json.put("load_average_start", s.loadAverageAtStart());
        json.put("load_average_end", s.loadAverageAtEnd());
        json.put("options", options(s.options()));
        if (s.service() != null) {
            json.put("service", service(s.service()));
            json.put("throughput_ratio", round(s.throughputRatio()));
            json.put("p50_delta_ms", round(s.p50DeltaMillis()));
            json.put("p99_delta_ms", round(s.p99DeltaMillis()));
            json.put("targets", new java.util.TreeMap<>(s.targets()));
            if (s.floor() != null) {
                json.put("service_over_floor", round(s.floorShare()));
                json.put("cpu_over_floor", round(s.cpuOverFloor()));
            }
        }
        BrokerFigures b = s.broker();
        Map<String, Object> broker = new LinkedHashMap<>();
        broker.put("body_bytes", b.bodyBytes());
        broker.put("max", phase(b.maxRate()));
        broker.put("fixed_rate", phase(b.fixedRate()));
        json.put("broker_only", broker);
        if (s.floor() != null) {
            Map<String, Object> floor = phase(s.floor());
            floor.put("mode", s.options().floorMode());
            floor.put("ratio_to_broker", round(s.floorRatio()));
            json.put("http_floor", floor);
        }
        json.put("domain_path_us_per_op", s.domainPathMicros());
        return json;
    }

    private static Map<String, Object> options(BenchmarkOptions o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("connections", o.connections());
        json.put("open_connections", o.openConnections());
        json.put("warmup_s", o.warmup().toMillis() / 1000.0);
        json.put("duration_s", o.duration().toMillis() / 1000.0);
        json.put("rate", o.rate());
        json.put("rate_duration_s", o.rateDuration().toMillis() / 1000.0);
        json.put("overload_s", o.overloadDuration().toMillis() / 1000.0);
        json.put("overload_connections", o.overloadConnections());
        json.put("tenants", o.tenants());
        json.put("broker_channels", o.brokerChannels());
        json.put("broker_queues", o.brokerQueues());
        json.put("service_jvm_options", String.join(" ", o.serviceJvmOptions()));
        json.put("service_java", o.serviceJava().toString());
        json.put("aot", o.aot());
        json.put("pin_cpus", o.pinCpus());
        return json;
    }

    private static Map<String, Object> service(ServiceFigures f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("max", phase(f.maxRate()));
        json.put("fixed_rate", phase(f.fixedRate()));
        json.put("warmup", phase(f.warmup()));
        if (f.overload() != null) {
            Map<String, Object> overload = phase(f.overload().phase());
            overload.put("offered_per_second", f.overload().offeredPerSecond());
            overload.put("peak_rss_mib", round(f.overload().peaks().rssBytes() / MIB));
            json.put("overload", overload);
        }
        Verification v = f.verification();
        Map<String, Object> queues = new LinkedHashMap<>();
        queues.put("accepted", v.accepted());
        queues.put("received", v.received());
        queues.put("lost", v.lost());
        queues.put("extra", v.extra());
        queues.put("extra_from_failed_requests", v.extraFromFailed());
        queues.put("duplicates", v.duplicates());
        queues.put("misrouted", v.misrouted());
        queues.put("echoes_filtered", f.echoesFiltered());
        queues.put("mean_published_bytes", f.meanPublishedBytes());
        json.put("queues", queues);
        json.put("peak_rss_mib_fixed_rate", round(f.fixedRatePeaks().rssBytes() / MIB));
        json.put("peak_rss_mib_run", round(f.runPeaks().rssBytes() / MIB));
        json.put("rss_high_water_mib", round(f.rssHighWaterMark() / MIB));
        json.put("peak_heap_mib_fixed_rate", round(f.fixedRatePeaks().heapBytes() / MIB));
        json.put("peak_heap_mib_run", round(f.runPeaks().heapBytes() / MIB));
        json.put("heap_source", f.heapSource());
        json.put("tenant_lookups", f.tenantLookups());
        json.put("fresh_start", freshStart(f.freshStart()));
        if (f.pinned() != null) {
            Map<String, Object> pinned = freshStart(f.pinned().freshStart());
            pinned.put("max", phase(f.pinned().maxRate()));
            pinned.put("lost", f.pinned().verification().lost());
            pinned.put("extra", f.pinned().verification().extra());
            json.put("pinned", pinned);
        }
        return json;
    }

    private static Map<String, Object> freshStart(FreshStart fresh) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", fresh.label());
        json.put("to_ready_ms", fresh.toReady().toMillis());
        json.put("per_5s_window", fresh.windowRates());
        json.put("first_20s_per_second", round(fresh.firstSecondsRate()));
        json.put("steady_per_second", round(fresh.steadyPerSecond()));
        json.put("first_20s_ratio", round(fresh.firstSecondsRatio()));
        return json;
    }

    private static Map<String, Object> phase(PhaseResult p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("per_second", round(p.perSecond()));
        json.put("succeeded", p.succeeded());
        json.put("failed", p.failed());
        json.put("failures", p.failures());
        json.put("seconds", round(p.seconds()));
        json.put("p50_ms", round(p.latency().p50()));
        json.put("p95_ms", round(p.latency().p95()));
        json.put("p99_ms", round(p.latency().p99()));
        json.put("max_ms", round(p.latency().max()));
        json.put("past_deadline", p.latency().pastDeadline());
        json.put("cpu_us_per_request_service", round(p.cpu().serviceMicros()));
        json.put("cpu_us_per_request_broker", round(p.cpu().brokerMicros()));
        json.put("cpu_us_per_request_generator", round(p.cpu().generatorMicros()));
        json.put("cpu_us_per_request_service_threads", p.cpu().serviceThreadMicros());
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
