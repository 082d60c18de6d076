package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.out.WebhookTelemetry;
import com.ccplatform.webhook.domain.content.SkippedContent;
import com.ccplatform.webhook.domain.event.GenesysEventId;
import com.ccplatform.webhook.domain.event.Ignored;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.publish.Destination;
import com.ccplatform.webhook.domain.tenant.TenantId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts and logs what the use case reports (FRD 6.4): `signature_failures_total{tenant_id}`,
 * `echo_filtered_total{tenant_id}`, `webhook_events_ignored_total{reason,type}`,
 * `webhook_content_ignored_total{reason}`, `media_processed_total{tenant_id,mime_type,status,reason}`,
 * `rabbitmq_publish_failures_total{queue}` and `rabbitmq_publish_abandoned_total{queue}`, each with a structured log
 * line; an abandoned publish is an ERROR marked `severity=critical`. Only ids and labels are logged, never URLs; labels
 * take bounded values only (the domain's reasons and type labels, never text from a request).
 */
public final class MicrometerWebhookTelemetry implements WebhookTelemetry {

    private static final Logger LOG = LoggerFactory.getLogger(MicrometerWebhookTelemetry.class);
    private static final int LONGEST_CAUSE = 200;

    private final MeterRegistry registry;
    private final Map<Destination, String> queues;
    // Per-tenant counters looked up once: a builder's register() finds the meter again on every call.
    private final Map<String, Counter> echoes = new ConcurrentHashMap<>();
    private final Map<String, Counter> signatureFailures = new ConcurrentHashMap<>();
    private final Map<List<String>, Counter> ignoredEvents = new ConcurrentHashMap<>();
    private final Map<SkippedContent.Reason, Counter> ignoredContent = new EnumMap<>(SkippedContent.Reason.class);

    /** {@code queueNames}: the queue each destination publishes to (`OUTBOUND_QUEUE`, `STATUS_QUEUE`). */
    public MicrometerWebhookTelemetry(MeterRegistry registry, Map<Destination, String> queueNames) {
        this.registry = registry;
        this.queues = new EnumMap<>(Destination.class);
        for (Destination destination : Destination.values()) {
            queues.put(destination, queueNames.getOrDefault(destination, destination.name().toLowerCase(java.util.Locale.ROOT)));
        }
        // Registered at zero so alert rules can use rate() before the first failure happens.
        queues.values().forEach(queue -> {
            publishFailures(queue);
            publishAbandoned(queue);
        });
        for (SkippedContent.Reason reason : SkippedContent.Reason.values()) {
            ignoredContent.put(reason, counter("webhook.content.ignored",
                    "Items of agent messages not carried downstream, by reason", "reason", reason.wireName()));
        }
    }

    @Override
    public void signatureRejected(TenantId tenant) {
        signatureFailures.computeIfAbsent(tenant.value(), id ->
                counter("signature.failures", "Webhooks refused for a bad signature", "tenant_id", id)).increment();
        LOG.atWarn().setMessage("signature_rejected").addKeyValue("event", "security")
                .addKeyValue("tenant_id", tenant.value()).log();
    }

    @Override
    public void echoFiltered(TenantId tenant, GenesysEventId event) {
        echoes.computeIfAbsent(tenant.value(), id ->
                counter("echo.filtered", "Echoes of injected messages dropped", "tenant_id", id)).increment();
        LOG.atInfo().setMessage("echo_filtered").addKeyValue("tenant_id", tenant.value())
                .addKeyValue("genesys_id", idOf(event)).log();
    }

    @Override
    public void eventIgnored(TenantId tenant, Ignored ignored) {
        String reason = ignored.reason().wireName();
        ignoredEvents.computeIfAbsent(List.of(reason, ignored.eventType()), labels -> Counter.builder(
                        "webhook.events.ignored").description("Authentic events with nothing to publish, by reason")
                .tag("reason", labels.get(0)).tag("type", labels.get(1)).register(registry)).increment();
        LOG.atInfo().setMessage("event_ignored").addKeyValue("tenant_id", tenant.value()).addKeyValue("reason", reason)
                .addKeyValue("type", ignored.eventType()).addKeyValue("detail", ignored.detail()).log();
    }

    @Override
    public void contentSkipped(TenantId tenant, GenesysEventId event, SkippedContent skipped) {
        ignoredContent.get(skipped.reason()).increment();
        // a customer gets the message without this item: worth a warning, with the content type as sent
        LOG.atWarn().setMessage("content_ignored").addKeyValue("tenant_id", tenant.value())
                .addKeyValue("genesys_id", idOf(event)).addKeyValue("content_type", skipped.contentType())
                .addKeyValue("reason", skipped.reason().wireName()).log();
    }

    @Override
    public void mediaProcessed(TenantId tenant, String attachmentId, String mimeType, Optional<MediaFailure> failure) {
        String status = failure.isPresent() ? "failed" : "success";
        String reason = failure.map(MediaFailure::wireName).orElse("none");
        Counter.builder("media.processed").description("Attachments handled, by outcome")
                .tag("tenant_id", tenant.value()).tag("mime_type", mimeType).tag("status", status)
                .tag("reason", reason).register(registry).increment();
        LOG.atLevel(failure.isPresent() ? org.slf4j.event.Level.WARN : org.slf4j.event.Level.INFO)
                .setMessage("media_processed").addKeyValue("tenant_id", tenant.value())
                .addKeyValue("attachment_id", attachmentId).addKeyValue("mime_type", mimeType)
                .addKeyValue("status", status).addKeyValue("reason", reason).log();
    }

    @Override
    public void publishAttemptFailed(Destination destination, GenesysEventId event, int attempt, String cause) {
        String queue = queues.get(destination);
        publishFailures(queue).increment();
        LOG.atWarn().setMessage("rabbitmq_publish_failed").addKeyValue("queue", queue)
                .addKeyValue("genesys_id", idOf(event)).addKeyValue("attempt", attempt)
                .addKeyValue("cause", cause == null ? "unknown" : shortened(cause)).log();
    }

    @Override
    public void publishAbandoned(Destination destination, GenesysEventId event) {
        String queue = queues.get(destination);
        publishAbandoned(queue).increment();
        LOG.atError().setMessage("rabbitmq_publish_abandoned").addKeyValue("severity", "critical")
                .addKeyValue("queue", queue).addKeyValue("genesys_id", idOf(event)).log();
    }

    private Counter publishFailures(String queue) {
        return counter("rabbitmq.publish.failures", "Publish attempts that failed", "queue", queue);
    }

    private Counter publishAbandoned(String queue) {
        return counter("rabbitmq.publish.abandoned", "Events not handed off after every attempt", "queue", queue);
    }

    private Counter counter(String name, String description, String tag, String value) {
        return Counter.builder(name).description(description).tag(tag, value).register(registry);
    }

    private static String idOf(GenesysEventId event) {
        return event == null ? "unknown" : event.value();
    }

    private static String shortened(String cause) {
        return cause.length() <= LONGEST_CAUSE ? cause : cause.substring(0, LONGEST_CAUSE) + "...";
    }
}
