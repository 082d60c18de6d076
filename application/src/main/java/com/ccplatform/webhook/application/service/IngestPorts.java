package com.ccplatform.webhook.application.service;

import com.ccplatform.webhook.application.port.out.AccessTokens;
import com.ccplatform.webhook.application.port.out.EventPublisher;
import com.ccplatform.webhook.application.port.out.MediaSource;
import com.ccplatform.webhook.application.port.out.MediaStore;
import com.ccplatform.webhook.application.port.out.ObjectIds;
import com.ccplatform.webhook.application.port.out.TenantDirectory;
import com.ccplatform.webhook.application.port.out.WebhookTelemetry;
import com.ccplatform.webhook.domain.media.MediaPolicy;
import java.time.Clock;
import java.util.Objects;

/** Everything outside the use case that it talks to, gathered so the composition root hands it over in one piece. */
public record IngestPorts(TenantDirectory tenants, AccessTokens tokens, MediaSource mediaSource,
                          MediaStore mediaStore, MediaPolicy mediaPolicy, EventPublisher publisher,
                          WebhookTelemetry telemetry, ObjectIds objectIds, Clock clock) {
    public IngestPorts {
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(mediaSource, "media source");
        Objects.requireNonNull(mediaStore, "media store");
        Objects.requireNonNull(mediaPolicy, "media policy");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(objectIds, "object ids");
        Objects.requireNonNull(clock, "clock");
    }
}
