package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.Trace;
import com.ccplatform.webhook.domain.content.SkippedContent;
import com.ccplatform.webhook.domain.event.GenesysEventId;
import com.ccplatform.webhook.domain.event.Ignored;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.publish.Destination;
import com.ccplatform.webhook.domain.tenant.TenantId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The FRD 6.4.2 metric names with their labels, as Prometheus scrapes them from `/metrics`. */
class MetricNamesTest extends StubbedServerTest {

    static final TenantId TENANT = new TenantId("tenant-a");

    @Test
    void exposesEveryFrdMetricWithItsLabels() throws Exception {
        MicrometerWebhookTelemetry telemetry = new MicrometerWebhookTelemetry(running.registry,
                Map.of(Destination.OUTBOUND, "outboundQueue", Destination.STATUS, "statusQueue"));
        Trace trace = new Trace(new IntegrationId("int-1"), TENANT, new GenesysEventId("evt-1"), "outbound_message",
                true);
        ingest.answer(new IngestOutcome.Accepted(trace, false));
        running.postJson("/webhook", Webhooks.text("m"));
        running.postJson("/webhook", "{not json");
        telemetry.signatureRejected(TENANT);
        telemetry.echoFiltered(TENANT, new GenesysEventId("evt-2"));
        telemetry.mediaProcessed(TENANT, "att-1", "image/png", Optional.empty());
        telemetry.mediaProcessed(TENANT, "att-2", "refused", Optional.of(MediaFailure.MIME_NOT_ALLOWED));
        telemetry.publishAttemptFailed(Destination.OUTBOUND, new GenesysEventId("evt-3"), 1, "nack");
        telemetry.publishAbandoned(Destination.OUTBOUND, new GenesysEventId("evt-3"));

        String metrics = running.get("/metrics").body();

        assertThat(metrics).contains(
                "webhook_requests_total{event_type=\"outbound_message\",status=\"accepted\",tenant_id=\"tenant-a\"} 1",
                "webhook_requests_total{event_type=\"unknown\",status=\"invalid_json\",tenant_id=\"unknown\"} 1",
                "webhook_processing_seconds_bucket{event_type=\"outbound_message\",le=",
                "webhook_processing_seconds_count{event_type=\"outbound_message\"} 1",
                "webhook_processing_seconds_sum{event_type=\"outbound_message\"}",
                "signature_failures_total{tenant_id=\"tenant-a\"} 1",
                "echo_filtered_total{tenant_id=\"tenant-a\"} 1",
                "media_processed_total{mime_type=\"image/png\",reason=\"none\",status=\"success\",tenant_id=\"tenant-a\"} 1",
                "media_processed_total{mime_type=\"refused\",reason=\"mime_not_allowed\",status=\"failed\","
                        + "tenant_id=\"tenant-a\"} 1",
                "rabbitmq_publish_failures_total{queue=\"outboundQueue\"} 1",
                "rabbitmq_publish_failures_total{queue=\"statusQueue\"} 0",
                "rabbitmq_publish_abandoned_total{queue=\"outboundQueue\"} 1",
                "# TYPE webhook_processing_seconds histogram");
    }

    @Test
    void countsIgnoredEventsAndLeftOutContentByBoundedReason() throws Exception {
        MicrometerWebhookTelemetry telemetry = new MicrometerWebhookTelemetry(running.registry, Map.of());
        telemetry.eventIgnored(TENANT, new Ignored(Ignored.Reason.DIRECTION_NOT_OUTBOUND, "Receipt", "direction is In"));
        telemetry.eventIgnored(TENANT, new Ignored(Ignored.Reason.UNSUPPORTED_TYPE, "Hologram", "unsupported type"));
        telemetry.contentSkipped(TENANT, new GenesysEventId("evt-4"),
                new SkippedContent("QuickReplyV2", SkippedContent.Reason.UNSUPPORTED_CONTENT_TYPE));
        telemetry.mediaProcessed(TENANT, "(absent)", "unknown", Optional.of(MediaFailure.ATTACHMENT_INCOMPLETE));

        String metrics = running.get("/metrics").body();

        assertThat(metrics).contains(
                "webhook_events_ignored_total{reason=\"direction_not_outbound\",type=\"receipt\"} 1",
                "webhook_events_ignored_total{reason=\"unsupported_type\",type=\"other\"} 1",
                "webhook_content_ignored_total{reason=\"unsupported_content_type\"} 1",
                "webhook_content_ignored_total{reason=\"incomplete_item\"} 0",
                "webhook_content_ignored_total{reason=\"extra_item\"} 0",
                "media_processed_total{mime_type=\"unknown\",reason=\"attachment_incomplete\",status=\"failed\","
                        + "tenant_id=\"tenant-a\"} 1");
        assertThat(metrics).doesNotContain("Hologram", "QuickReplyV2");
    }
}
