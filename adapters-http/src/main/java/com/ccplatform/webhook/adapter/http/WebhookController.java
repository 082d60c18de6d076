package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.IngestWebhookCommand;
import com.ccplatform.webhook.application.port.in.IngestWebhookUseCase;
import com.ccplatform.webhook.application.port.in.Trace;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * `POST /webhook`: checks the content type, reads the raw body once under the size cap, parses those same bytes,
 * runs the use case within the request's deadline and answers as {@link WebhookReply} says; one log line and the
 * request metrics per webhook.
 */
final class WebhookController {

    static final String SIGNATURE_HEADER = "x-hub-signature-256";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

    private final IngestWebhookUseCase ingest;
    private final HttpSettings settings;
    private final StrictWebhookJson json;
    private final WebhookRequestMetrics metrics;

    WebhookController(IngestWebhookUseCase ingest, HttpSettings settings, WebhookRequestMetrics metrics) {
        this.ingest = ingest;
        this.settings = settings;
        this.json = new StrictWebhookJson(settings.maxRequestBytes());
        this.metrics = metrics;
    }

    void handle(Context ctx) {
        long startNanos = System.nanoTime();
        Deadline deadline = Deadline.in(settings.requestDeadline());
        IngestOutcome outcome = null;
        WebhookReply reply;
        try {
            outcome = process(ctx, deadline);
            reply = WebhookReply.of(outcome);
        } catch (Rejection early) {
            reply = early.reply;
        } catch (RuntimeException e) {
            LOG.atError().setMessage("webhook_failed").addKeyValue("severity", "critical")
                    .addKeyValue("error", e.getClass().getName()).setCause(e).log();
            reply = WebhookReply.PROCESSING_FAILED;
        }
        answer(ctx, reply);
        Trace trace = outcome == null ? Trace.empty() : outcome.trace();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        metrics.record(trace, reply, elapsed);
        logProcessed(trace, reply, outcome, elapsed);
    }

    private IngestOutcome process(Context ctx, Deadline deadline) throws Rejection {
        if (!isJson(ctx.header("Content-Type"))) {
            throw new Rejection(WebhookReply.UNSUPPORTED_MEDIA_TYPE);
        }
        byte[] body = readBody(ctx);
        GenesysWebhook webhook;
        try {
            webhook = json.parse(body);
        } catch (StrictWebhookJson.InvalidJson e) {
            throw new Rejection(WebhookReply.INVALID_JSON);
        }
        return ingest.ingest(new IngestWebhookCommand(body, webhook, ctx.header(SIGNATURE_HEADER), deadline));
    }

    private byte[] readBody(Context ctx) throws Rejection {
        try {
            return LimitedBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong(),
                    settings.maxRequestBytes());
        } catch (LimitedBody.TooLarge e) {
            throw new Rejection(WebhookReply.TOO_LARGE);
        } catch (IOException e) {
            // The client went away or sent a broken chunked body: nothing usable arrived.
            throw new Rejection(WebhookReply.INVALID_JSON);
        }
    }

    /** `application/json`, any case, parameters such as `charset` allowed. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String bare = semicolon >= 0 ? contentType.substring(0, semicolon) : contentType;
        return bare.trim().equalsIgnoreCase("application/json");
    }

    private static void answer(Context ctx, WebhookReply reply) {
        if (reply.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Integer.toString(reply.retryAfterSeconds()));
        }
        if (reply.httpStatus() == 413 || reply.httpStatus() == 415) {
            // The unread rest of the body would otherwise be taken as the next request on this connection.
            ctx.header("Connection", "close");
        }
        JsonResponses.send(ctx, reply.httpStatus(), reply.body());
    }

    private static void logProcessed(Trace trace, WebhookReply reply, IngestOutcome outcome, Duration elapsed) {
        LoggingEventBuilder line = LOG.atLevel(reply.level()).setMessage("webhook_processed");
        // Fields not known for this request (no tenant before the lookup, no id on a health check) are left out.
        addIfKnown(line, "tenant_id", trace.tenantId() == null ? null : trace.tenantId().value());
        addIfKnown(line, "genesys_id", trace.genesysId() == null ? null : trace.genesysId().value());
        addIfKnown(line, "integration_id", trace.integrationId() == null ? null : trace.integrationId().value());
        line.addKeyValue("event_type", WebhookRequestMetrics.eventType(trace))
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
            line.addKeyValue(key, value);
        }
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

    /** A request refused before the use case saw it. */
    private static final class Rejection extends Exception {
        private final transient WebhookReply reply;

        Rejection(WebhookReply reply) {
            super(reply.outcome(), null, false, false);
            this.reply = reply;
        }
    }
}
