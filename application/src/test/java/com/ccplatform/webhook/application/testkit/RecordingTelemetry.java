package com.ccplatform.webhook.application.testkit;

import com.ccplatform.webhook.application.port.out.WebhookTelemetry;
import com.ccplatform.webhook.domain.content.SkippedContent;
import com.ccplatform.webhook.domain.event.GenesysEventId;
import com.ccplatform.webhook.domain.event.Ignored;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.publish.Destination;
import com.ccplatform.webhook.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Telemetry that remembers each call as a line such as `signatureRejected tenant-a`, for assertions. */
public final class RecordingTelemetry implements WebhookTelemetry {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void signatureRejected(TenantId tenant) {
        lines.add("signatureRejected " + tenant);
    }

    @Override
    public void echoFiltered(TenantId tenant, GenesysEventId event) {
        lines.add("echoFiltered " + tenant + " " + event);
    }

    @Override
    public void eventIgnored(TenantId tenant, Ignored ignored) {
        lines.add("eventIgnored " + tenant + " " + ignored.reason().wireName() + " " + ignored.eventType());
    }

    @Override
    public void contentSkipped(TenantId tenant, GenesysEventId event, SkippedContent skipped) {
        lines.add("contentSkipped " + tenant + " " + event + " " + skipped.contentType() + " "
                + skipped.reason().wireName());
    }

    @Override
    public void mediaProcessed(TenantId tenant, String attachmentId, String mimeType, Optional<MediaFailure> failure) {
        lines.add("mediaProcessed " + tenant + " " + attachmentId + " " + mimeType + " "
                + failure.map(MediaFailure::wireName).orElse("success"));
    }

    @Override
    public void publishAttemptFailed(Destination destination, GenesysEventId event, int attempt, String cause) {
        lines.add("publishAttemptFailed " + destination + " " + event + " " + attempt);
    }

    @Override
    public void publishAbandoned(Destination destination, GenesysEventId event) {
        lines.add("publishAbandoned " + destination + " " + event);
    }
}
