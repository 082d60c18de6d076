package com.ccplatform.webhook.application.port.in;

/** Takes one Genesys webhook from arrival to a durable hand-off (FRD 5.4): the service's single inbound use case. */
public interface IngestWebhookUseCase {

    /**
     * Authenticates, classifies and hands off one webhook. An {@link IngestOutcome.Accepted} outcome means the event
     * is durably queued; every other outcome says why not. Faults that no outcome names surface as exceptions.
     */
    IngestOutcome ingest(IngestWebhookCommand command);
}
