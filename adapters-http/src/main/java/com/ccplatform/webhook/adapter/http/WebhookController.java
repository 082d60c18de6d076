package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.IngestWebhookCommand;
import com.ccplatform.webhook.application.port.in.IngestWebhookUseCase;
import com.ccplatform.webhook.application.port.in.Trace;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * `POST /webhook` once {@link WebhookIntake} has admitted it and read its raw body: parses those same bytes, runs the
 * use case within the request's deadline and answers as {@link WebhookReply} says, without a thread waiting for the
 * broker; the metrics and one log line per webhook through {@link WebhookRecorder}.
 */
final class WebhookController {

    static final String SIGNATURE_HEADER = "x-hub-signature-256";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);
    /** How long past the request's deadline an unsettled outcome is waited for before a 504 is forced. */
    static final Duration UNSETTLED_GRACE = Duration.ofSeconds(1);

    private final IngestWebhookUseCase ingest;
    private final StrictWebhookJson json;
    private final WebhookRecorder recorder;
    private final Executor replies;

    WebhookController(IngestWebhookUseCase ingest, HttpSettings settings, WebhookRecorder recorder, Executor replies) {
        this.ingest = ingest;
        this.json = new StrictWebhookJson(settings.maxRequestBytes());
        this.recorder = recorder;
        this.replies = replies;
    }

    /**
     * Answers at once when the outcome is known on return (refusals, echoes, health checks); otherwise no thread
     * waits for the broker's confirm: its arrival answers, on a {@code replies} thread, because the thread that
     * settles a confirm is the broker client's I/O thread and a client slow to read must never hold that.
     */
    void handle(Context ctx) {
        long arrivedNanos = ctx.attribute(WebhookIntake.ARRIVED_NANOS);
        Deadline deadline = ctx.attribute(WebhookIntake.DEADLINE);
        byte[] body = ctx.attribute(WebhookIntake.BODY);
        GenesysWebhook webhook;
        try {
            webhook = json.parse(body);
        } catch (StrictWebhookJson.InvalidJson e) {
            finish(ctx, null, WebhookReply.INVALID_JSON, arrivedNanos);
            return;
        }
        CompletableFuture<IngestOutcome> outcome;
        try {
            outcome = ingest.ingestAsync(new IngestWebhookCommand(body, webhook, ctx.header(SIGNATURE_HEADER),
                    deadline));
        } catch (RuntimeException e) {
            finish(ctx, null, failed(e), arrivedNanos);
            return;
        }
        if (outcome.isDone()) {
            settle(ctx, outcome, arrivedNanos);
            return;
        }
        ctx.future(() -> outcome.copy()
                // The adapters end every wait at the deadline; this answers even if one did not.
                .orTimeout(deadline.remaining().plus(UNSETTLED_GRACE).toMillis(), TimeUnit.MILLISECONDS)
                .handleAsync((ignored, failure) -> {
                    settle(ctx, outcome, arrivedNanos);
                    return null;
                }, replies));
    }

    private void settle(Context ctx, CompletableFuture<IngestOutcome> settled, long arrivedNanos) {
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
        finish(ctx, outcome, reply, arrivedNanos);
    }

    private static WebhookReply failed(Throwable e) {
        LOG.atError().setMessage("webhook_failed").addKeyValue("severity", "critical")
                .addKeyValue("error", e.getClass().getName()).setCause(e).log();
        return WebhookReply.PROCESSING_FAILED;
    }

    private void finish(Context ctx, IngestOutcome outcome, WebhookReply reply, long arrivedNanos) {
        if (reply.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Integer.toString(reply.retryAfterSeconds()));
        }
        JsonResponses.send(ctx, reply.httpStatus(), reply.body());
        recorder.record(outcome == null ? Trace.empty() : outcome.trace(), outcome, reply,
                Duration.ofNanos(System.nanoTime() - arrivedNanos));
    }
}
