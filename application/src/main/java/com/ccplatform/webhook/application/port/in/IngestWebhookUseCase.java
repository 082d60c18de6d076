package com.ccplatform.webhook.application.port.in;

import java.util.concurrent.CompletableFuture;

/** Takes one Genesys webhook from arrival to a durable hand-off (FRD 5.4): the service's single inbound use case. */
public interface IngestWebhookUseCase {

    /**
     * Authenticates, classifies and hands off one webhook. An {@link IngestOutcome.Accepted} outcome means the event
     * is durably queued; every other outcome says why not. Faults that no outcome names surface as exceptions.
     */
    IngestOutcome ingest(IngestWebhookCommand command);

    /**
     * As {@link #ingest}, without holding the caller's thread while the broker confirms: the stage completes with
     * the outcome, or fails with the fault no outcome names. It may complete on an I/O thread of an adapter, so
     * stages that depend on it must not block (answering an HTTP client can: hand that to an executor). The default
     * runs {@link #ingest} on the caller's thread.
     */
    default CompletableFuture<IngestOutcome> ingestAsync(IngestWebhookCommand command) {
        try {
            return CompletableFuture.completedFuture(ingest(command));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
