package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.in.ReportHealthUseCase;
import com.ccplatform.webhook.application.port.in.ReportHealthUseCase.DependencyState;
import com.ccplatform.webhook.application.port.in.ReportHealthUseCase.HealthReport;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * `GET /health` (FRD 6.4.3, every dependency), `GET /ready` (this pod can accept webhooks), `GET /live` (the process
 * answers; for a liveness probe) and `GET /metrics` (Prometheus text).
 */
final class OperationsEndpoints {

    /** What {@link PrometheusMeterRegistry#scrape()} writes: the Prometheus text exposition format 0.0.4. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final ReportHealthUseCase health;
    private final PrometheusMeterRegistry registry;
    private final Clock clock;

    OperationsEndpoints(ReportHealthUseCase health, PrometheusMeterRegistry registry, Clock clock) {
        this.health = health;
        this.registry = registry;
        this.clock = clock;
    }

    void health(Context ctx) {
        HealthReport report = health.health();
        Map<String, String> dependencies = new TreeMap<>();
        Map<String, String> details = new TreeMap<>();
        report.dependencies().forEach((name, state) -> {
            dependencies.put(name, state.healthy() ? "healthy" : "unhealthy");
            details.put(name, state.detail() == null ? "" : state.detail());
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.healthy() ? "healthy" : "degraded");
        body.put("timestamp", clock.instant().toString());
        body.put("dependencies", dependencies);
        body.put("details", details);
        JsonResponses.send(ctx, report.healthy() ? 200 : 503, body);
    }

    void ready(Context ctx) {
        HealthReport report = health.health();
        if (report.ready()) {
            JsonResponses.send(ctx, 200, Map.of("status", "ready"));
            return;
        }
        List<String> reasons = new ArrayList<>();
        if (report.draining()) {
            reasons.add("draining");
        }
        new TreeMap<>(report.blockingReadiness()).forEach((name, state) ->
                reasons.add(name + " unhealthy" + suffix(state)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "not ready");
        body.put("reasons", reasons);
        JsonResponses.send(ctx, 503, body);
    }

    /** Asks no dependency: a restart cannot fix one, so liveness must fail only when this process cannot answer. */
    void live(Context ctx) {
        JsonResponses.send(ctx, 200, Map.of("status", "alive"));
    }

    void metrics(Context ctx) {
        ctx.status(200).contentType(PROMETHEUS_TEXT).result(registry.scrape());
    }

    private static String suffix(DependencyState state) {
        return state.detail() == null || state.detail().isBlank() ? "" : ": " + state.detail();
    }
}
