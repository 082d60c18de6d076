package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.in.IngestOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.event.Level;

/**
 * What one `POST /webhook` answers (FRD 5.1.3, 7.1): status code, JSON body, an optional Retry-After, the `status`
 * label used in metrics and logs, and the level its log line is written at.
 */
record WebhookReply(int httpStatus, Map<String, Object> body, String outcome, Level level, int retryAfterSeconds) {

    /** Genesys retries 5 s apart (genesys-wire-facts); asking for the same keeps both sides in step. */
    static final int RETRY_AFTER_SECONDS = 5;

    static final WebhookReply INVALID_JSON = error(400, "Invalid JSON", "invalid_json", Level.WARN);
    static final WebhookReply REQUEST_TIMEOUT = error(408, "Request timeout", "request_timeout", Level.WARN);
    static final WebhookReply TOO_LARGE = error(413, "Request too large", "too_large", Level.WARN);
    static final WebhookReply UNSUPPORTED_MEDIA_TYPE =
            error(415, "Unsupported media type", "unsupported_media_type", Level.WARN);
    static final WebhookReply PROCESSING_FAILED = error(500, "Processing failed", "error", Level.ERROR);
    /** Refused at the door to keep the pod within its memory and deadlines (see {@link Shedding}). */
    static final WebhookReply SHED = unavailable("shed");
    /** {@link #SHED} because the body would pass the request body budget (told apart for counting). */
    static final WebhookReply BODY_BUDGET_SPENT = unavailable("shed");

    /** The one place an outcome becomes an HTTP answer. Java 17 has no pattern switch, hence the instanceof chain. */
    static WebhookReply of(IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Accepted) {
            return ok(Map.of("status", "accepted"), "accepted");
        }
        if (outcome instanceof IngestOutcome.EchoFiltered) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "accepted");
            body.put("echo_filtered", true);
            return ok(body, "echo_filtered");
        }
        if (outcome instanceof IngestOutcome.HealthCheckAcknowledged) {
            return ok(Map.of("status", "healthy"), "health_check");
        }
        if (outcome instanceof IngestOutcome.Ignored) {
            return ok(Map.of("status", "accepted"), "ignored");
        }
        if (outcome instanceof IngestOutcome.Rejected rejected) {
            return rejected(rejected.reason());
        }
        if (outcome instanceof IngestOutcome.Unavailable) {
            return unavailable("unavailable");
        }
        if (outcome instanceof IngestOutcome.TimedOut) {
            return error(504, "Processing timeout", "timeout", Level.WARN);
        }
        throw new IllegalStateException("no reply for outcome " + outcome.getClass().getName());
    }

    private static WebhookReply rejected(IngestOutcome.Reason reason) {
        switch (reason) {
            case MISSING_INTEGRATION_ID:
                return error(400, "Missing integration ID", "missing_integration_id", Level.WARN);
            case UNKNOWN_INTEGRATION:
                return error(400, "Unknown integration", "unknown_integration", Level.INFO);
            case INVALID_SIGNATURE:
                return error(403, "Invalid signature", "invalid_signature", Level.WARN);
            case TENANT_INACTIVE:
                return error(403, "Tenant inactive", "tenant_inactive", Level.WARN);
            case INVALID_EVENT:
                return error(400, "Invalid event", "invalid_event", Level.WARN);
            default:
                throw new IllegalStateException("no reply for rejection " + reason);
        }
    }

    /**
     * Answers whose request body may be left unread (too slow, too large, not JSON): the connection closes after them,
     * or the unread rest would be taken as the next request.
     */
    boolean closesConnection() {
        return httpStatus == 408 || httpStatus == 413 || httpStatus == 415;
    }

    private static WebhookReply unavailable(String outcome) {
        return new WebhookReply(503, Map.of("error", "Service temporarily unavailable"), outcome, Level.WARN,
                RETRY_AFTER_SECONDS);
    }

    private static WebhookReply ok(Map<String, Object> body, String outcome) {
        return new WebhookReply(200, body, outcome, Level.INFO, 0);
    }

    private static WebhookReply error(int status, String message, String outcome, Level level) {
        return new WebhookReply(status, Map.of("error", message), outcome, level, 0);
    }
}
