package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.Trace;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * What every answered webhook leaves behind: its metrics and one `webhook_processed` log line (FRD 6.4.1), whether
 * the use case answered it or the door refused it. Values that came with the request are cut to
 * {@link #MAX_FIELD_CHARS}, so a client cannot make log lines as large as it likes.
 */
final class WebhookRecorder {

    /** Longest value a request can put in a log field; ids are 36 characters, anything near this is junk. */
    static final int MAX_FIELD_CHARS = 128;

    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

    private final WebhookRequestMetrics metrics;
    private final HttpServerMetrics serverMetrics;

    WebhookRecorder(WebhookRequestMetrics metrics, HttpServerMetrics serverMetrics) {
        this.metrics = metrics;
        this.serverMetrics = serverMetrics;
    }

    /** A webhook the controller answered; Javalin's request log records its HTTP metric. */
    void record(Trace trace, IngestOutcome outcome, WebhookReply reply, Duration elapsed) {
        metrics.record(trace, reply, elapsed);
        log(trace, reply, outcome, elapsed);
    }

    /** A webhook the door answered before Javalin saw it: the HTTP metric too. */
    void recordAtDoor(WebhookReply reply, Duration elapsed) {
        serverMetrics.record("POST", "/webhook", reply.httpStatus(), elapsed);
        record(Trace.empty(), null, reply, elapsed);
    }

    private static void log(Trace trace, WebhookReply reply, IngestOutcome outcome, Duration elapsed) {
        LoggingEventBuilder line = LOG.atLevel(reply.level()).setMessage("webhook_processed");
        // Fields not known for this request (no tenant before the lookup, no id on a health check) are left out.
        addIfKnown(line, "tenant_id", trace.tenantId() == null ? null : trace.tenantId().value());
        addIfKnown(line, "genesys_id", trace.genesysId() == null ? null : trace.genesysId().value());
        addIfKnown(line, "integration_id", trace.integrationId() == null ? null : trace.integrationId().value());
        line.addKeyValue("event_type", bounded(WebhookRequestMetrics.eventType(trace)))
                .addKeyValue("processing_time_ms", elapsed.toMillis())
                .addKeyValue("echo_filtered", outcome instanceof IngestOutcome.EchoFiltered)
                .addKeyValue("has_media", trace.hasMedia())
                .addKeyValue("media_degraded", outcome instanceof IngestOutcome.Accepted a && a.mediaDegraded())
                .addKeyValue("status", reply.outcome())
                .addKeyValue("http_status", reply.httpStatus());
        addIfKnown(line, "detail", detail(outcome));
        line.log();
    }

    private static void addIfKnown(LoggingEventBuilder line, String key, String value) {
        if (value != null) {
            line.addKeyValue(key, bounded(value));
        }
    }

    /** {@code value}, or its first {@link #MAX_FIELD_CHARS} characters and a mark that it was cut. */
    static String bounded(String value) {
        if (value.length() <= MAX_FIELD_CHARS) {
            return value;
        }
        return value.substring(0, MAX_FIELD_CHARS) + "...(" + value.length() + " chars)";
    }

    /** The use case's own words on why (no secrets: ids, kinds and dependency names only), or null. */
    private static String detail(IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Rejected rejected) {
            return rejected.detail();
        }
        if (outcome instanceof IngestOutcome.Ignored ignored) {
            return ignored.reason();
        }
        if (outcome instanceof IngestOutcome.Unavailable unavailable) {
            return unavailable.dependency() + " unavailable";
        }
        return null;
    }
}
