package com.ccplatform.webhook.application.port.out;

import com.ccplatform.webhook.domain.content.SkippedContent;
import com.ccplatform.webhook.domain.event.GenesysEventId;
import com.ccplatform.webhook.domain.event.Ignored;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.publish.Destination;
import com.ccplatform.webhook.domain.tenant.TenantId;
import java.util.Optional;

/**
 * What the use case tells operators as it works (FRD 6.4): security events, echoes, ignored events, content left
 * out, media outcomes, publish failures. Implementations log and count; they must never be handed secrets, tokens, signatures or URLs.
 */
public interface WebhookTelemetry {

    void signatureRejected(TenantId tenant);

    void echoFiltered(TenantId tenant, GenesysEventId event);

    /** An authentic event with nothing to publish (another direction, an unknown type...): its bounded reason. */
    void eventIgnored(TenantId tenant, Ignored ignored);

    /** A `content[]` item of an agent message that is not carried downstream; the message itself still is. */
    void contentSkipped(TenantId tenant, GenesysEventId event, SkippedContent skipped);

    /** One attachment's outcome: empty failure means it was re-hosted. */
    void mediaProcessed(TenantId tenant, String attachmentId, String mimeType, Optional<MediaFailure> failure);

    /** One publish attempt failed; another may follow. */
    void publishAttemptFailed(Destination destination, GenesysEventId event, int attempt, String cause);

    /** Every attempt failed: the event was not handed off and Genesys is told to retry (critical). */
    void publishAbandoned(Destination destination, GenesysEventId event);

    /** Telemetry that does nothing, for tests that do not look at it. */
    static WebhookTelemetry none() {
        return new WebhookTelemetry() {
            @Override
            public void signatureRejected(TenantId tenant) {
            }

            @Override
            public void echoFiltered(TenantId tenant, GenesysEventId event) {
            }

            @Override
            public void eventIgnored(TenantId tenant, Ignored ignored) {
            }

            @Override
            public void contentSkipped(TenantId tenant, GenesysEventId event, SkippedContent skipped) {
            }

            @Override
            public void mediaProcessed(TenantId tenant, String attachmentId, String mimeType,
                                       Optional<MediaFailure> failure) {
            }

            @Override
            public void publishAttemptFailed(Destination destination, GenesysEventId event, int attempt, String cause) {
            }

            @Override
            public void publishAbandoned(Destination destination, GenesysEventId event) {
            }
        };
    }
}
