package com.ccplatform.webhook.application.port.in;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import java.util.Objects;

/**
 * One webhook to ingest: the body exactly as received (the signature covers these bytes), the same body parsed by the
 * inbound adapter, the `X-Hub-Signature-256` header (null when absent) and the request's deadline.
 */
public record IngestWebhookCommand(byte[] rawBody, GenesysWebhook webhook, String signatureHeader, Deadline deadline) {
    public IngestWebhookCommand {
        Objects.requireNonNull(rawBody, "raw body");
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(deadline, "deadline");
    }
}
