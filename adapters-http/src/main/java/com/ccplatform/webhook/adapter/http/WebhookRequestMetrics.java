package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.in.Trace;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-request metrics of FRD 6.4.2 that the HTTP adapter records itself: `webhook_requests_total{tenant_id,
 * event_type,status}` and the `webhook_processing_seconds{event_type}` histogram. Labels take only bounded values:
 * known tenants, the classifier's event kinds and the reply's outcome names.
 */
final class WebhookRequestMetrics {

    static final String UNKNOWN = "unknown";

    private final MeterRegistry registry;
    // Registering through a builder looks the meter up again on every request; the label sets are few and bounded.
    private final Map<List<String>, Counter> requests = new ConcurrentHashMap<>();
    private final Map<String, Timer> processing = new ConcurrentHashMap<>();

    WebhookRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Trace trace, WebhookReply reply, Duration elapsed) {
        String eventType = eventType(trace);
        String tenant = trace.tenantId() == null ? UNKNOWN : trace.tenantId().value();
        requests.computeIfAbsent(List.of(tenant, eventType, reply.outcome()), labels -> Counter.builder("webhook.requests")
                .description("Webhook requests by tenant, event type and outcome")
                .tag("tenant_id", labels.get(0))
                .tag("event_type", labels.get(1))
                .tag("status", labels.get(2))
                .register(registry)).increment();
        processing.computeIfAbsent(eventType, type -> Timer.builder("webhook.processing")
                .description("Time from arrival to answer of one webhook")
                .tag("event_type", type)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry)).record(elapsed);
    }

    static String eventType(Trace trace) {
        return trace.eventType() == null || trace.eventType().isBlank() ? UNKNOWN : trace.eventType();
    }
}
