package com.ccplatform.webhook.adapter.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * HTTP server and process metrics: `http_server_requests_seconds{method,uri,status}` per route (paths outside the
 * known routes count as `uri="other"`, so scanners cannot blow up the label set), JVM memory, GC, threads, class
 * loading, CPU, uptime, and the Jetty thread pool.
 */
final class HttpServerMetrics implements AutoCloseable {

    private static final Set<String> ROUTES = Set.of("/webhook", "/health", "/ready", "/live", "/metrics");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** The bounded label set of one timer. */
    private record Route(String method, String uri, int status) {
    }

    private final MeterRegistry registry;
    // Registering through a builder looks the meter up again on every request; the label sets are few and bounded.
    private final Map<Route, Timer> timers = new ConcurrentHashMap<>();
    private JvmGcMetrics gc;
    private JettyServerThreadPoolMetrics pool;

    HttpServerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    synchronized void bindProcessAndPool(ThreadPool threadPool) {
        if (gc != null) {
            return;
        }
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        pool = new JettyServerThreadPoolMetrics(threadPool, Tags.empty());
        pool.bindTo(registry);
    }

    void record(Context ctx, Float millis) {
        record(ctx.req().getMethod(), ctx.path(), ctx.res().getStatus(),
                Duration.ofNanos((long) (millis * 1_000_000.0)));
    }

    /** A request answered outside Javalin (refused at the webhook door). */
    void record(String method, String path, int status, Duration elapsed) {
        Route route = new Route(METHODS.contains(method) ? method : "other",
                ROUTES.contains(path) ? path : "other", status);
        timers.computeIfAbsent(route, r -> Timer.builder("http.server.requests")
                        .description("HTTP requests by route and status")
                        .tags("method", r.method(), "uri", r.uri(), "status", Integer.toString(r.status()))
                        .register(registry))
                .record(elapsed.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized void close() {
        if (gc != null) {
            gc.close();
        }
        if (pool != null) {
            try {
                pool.close();
            } catch (Exception e) {
                // Unbinding a gauge cannot fail in a way that matters at shutdown.
            }
        }
    }
}
