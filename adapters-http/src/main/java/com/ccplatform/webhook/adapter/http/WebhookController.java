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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * `POST /webhook`: checks the content type, reads the raw body once under the size cap, parses those same bytes,
 * runs the use case within the request's deadline and answers as {@link WebhookReply} says, without a thread
 * waiting for the broker; one log line and the request metrics per webhook.
 */
final class WebhookController {

    static final String SIGNATURE_HEADER = "x-hub-signature-256";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);
    /** How long past the request's deadline an unsettled outcome is waited for before a 504 is forced. */
    private static final Duration UNSETTLED_GRACE = Duration.ofSeconds(1);
    /** How much of a refused, oversized body is read and dropped before the 413, and how long a pause ends it. */
    private static final long LINGER_BYTES = 1024 * 1024;
    private static final Duration LINGER_PATIENCE = Duration.ofMillis(50);

    private final IngestWebhookUseCase ingest;
    private final HttpSettings settings;
    private final StrictWebhookJson json;
    private final WebhookRequestMetrics metrics;
    private final Executor replies;

    WebhookController(IngestWebhookUseCase ingest, HttpSettings settings, WebhookRequestMetrics metrics,
                      Executor replies) {
        this.ingest = ingest;
        this.settings = settings;
        this.json = new StrictWebhookJson(settings.maxRequestBytes());
        this.metrics = metrics;
        this.replies = replies;
    }

    /**
     * Answers at once when the outcome is known on return (refusals, echoes, health checks); otherwise no thread
     * waits for the broker's confirm: its arrival answers, on a {@code replies} thread, because the thread that
     * settles a confirm is the broker client's I/O thread and a client slow to read must never hold that.
     */
    void handle(Context ctx) {
        long startNanos = System.nanoTime();
        Deadline deadline = Deadline.in(settings.requestDeadline());
        CompletableFuture<IngestOutcome> outcome;
        try {
            outcome = process(ctx, deadline);
        } catch (Rejection early) {
            finish(ctx, null, early.reply, startNanos);
            return;
        } catch (RuntimeException e) {
            finish(ctx, null, failed(e), startNanos);
            return;
        }
        if (outcome.isDone()) {
            settle(ctx, outcome, startNanos);
            return;
        }
        ctx.future(() -> outcome.copy()
                // The adapters end every wait at the deadline; this answers even if one did not.
                .orTimeout(deadline.remaining().plus(UNSETTLED_GRACE).toMillis(), TimeUnit.MILLISECONDS)
                .handleAsync((ignored, failure) -> {
                    settle(ctx, outcome, startNanos);
                    return null;
                }, replies));
    }

    private void settle(Context ctx, CompletableFuture<IngestOutcome> settled, long startNanos) {
        IngestOutcome outcome = null;
        WebhookReply reply;
        if (!settled.isDone()) {
            outcome = new IngestOutcome.TimedOut(Trace.empty());
            LOG.atError().setMessage("webhook_unsettled").addKeyValue("severity", "critical").log();
            reply = WebhookReply.of(outcome);
        } else {
            try {
                outcome = settled.join();
                reply = WebhookReply.of(outcome);
            } catch (CompletionException | CancellationException e) {
                reply = failed(e.getCause() == null ? e : e.getCause());
            }
        }
        finish(ctx, outcome, reply, startNanos);
    }

    private static WebhookReply failed(Throwable e) {
        LOG.atError().setMessage("webhook_failed").addKeyValue("severity", "critical")
                .addKeyValue("error", e.getClass().getName()).setCause(e).log();
        return WebhookReply.PROCESSING_FAILED;
    }

    private void finish(Context ctx, IngestOutcome outcome, WebhookReply reply, long startNanos) {
        answer(ctx, reply);
        Trace trace = outcome == null ? Trace.empty() : outcome.trace();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        metrics.record(trace, reply, elapsed);
        logProcessed(trace, reply, outcome, elapsed);
    }

    private CompletableFuture<IngestOutcome> process(Context ctx, Deadline deadline) throws Rejection {
        if (!isJson(ctx.header("Content-Type"))) {
            throw new Rejection(WebhookReply.UNSUPPORTED_MEDIA_TYPE);
        }
        byte[] body = readBody(ctx, deadline);
        GenesysWebhook webhook;
        try {
            webhook = json.parse(body);
        } catch (StrictWebhookJson.InvalidJson e) {
            throw new Rejection(WebhookReply.INVALID_JSON);
        }
        return ingest.ingestAsync(new IngestWebhookCommand(body, webhook, ctx.header(SIGNATURE_HEADER), deadline));
    }

    private byte[] readBody(Context ctx, Deadline deadline) throws Rejection {
        try {
            return LimitedBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong(),
                    settings.maxRequestBytes(), deadline);
        } catch (LimitedBody.TooLarge e) {
            // What is still arriving of a body a little over the cap is read and dropped (a megabyte at most) so the
            // client can read the 413 before the connection closes; a larger one is cut off.
            try {
                LimitedBody.discardArriving(ctx.req().getInputStream(), LINGER_BYTES, LINGER_PATIENCE);
            } catch (IOException ignored) {
                // no stream left to drain
            }
            throw new Rejection(WebhookReply.TOO_LARGE);
        } catch (LimitedBody.TooSlow e) {
            throw new Rejection(WebhookReply.REQUEST_TIMEOUT);
        } catch (IOException e) {
            if (Causes.include(e, java.util.concurrent.TimeoutException.class,
                    java.net.SocketTimeoutException.class)) {
                // Jetty's idle timeout: the client promised more body than it sends (a Content-Length that lies).
                throw new Rejection(WebhookReply.REQUEST_TIMEOUT);
            }
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
        if (reply.httpStatus() == 408 || reply.httpStatus() == 413 || reply.httpStatus() == 415) {
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
