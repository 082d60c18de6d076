package com.ccplatform.webhook.application.testkit;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.IngestWebhookCommand;
import com.ccplatform.webhook.application.port.out.ObjectIds;
import com.ccplatform.webhook.application.service.IngestPorts;
import com.ccplatform.webhook.application.service.IngestSettings;
import com.ccplatform.webhook.application.service.IngestWebhookService;
import com.ccplatform.webhook.domain.event.EchoPolicy;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.media.MediaPolicy;
import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.Tenant;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.ccplatform.webhook.domain.tenant.TenantStatus;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The use case wired to in-memory twins of every port, with one known tenant, for tests that read like the FRD. */
public final class UseCaseFixture {

    public static final WebhookSecret SECRET = new WebhookSecret("tenant-a-webhook-secret-0123456789");
    public static final TenantId TENANT = new TenantId("uuid-5678");
    public static final IntegrationId INTEGRATION = new IntegrationId("integration-id-5678");
    public static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");
    public static final UUID OBJECT_UUID = UUID.fromString("0b6a1d3e-2f47-4a8b-9c5d-1e2f3a4b5c6d");

    public final InMemoryTenantDirectory tenants = new InMemoryTenantDirectory();
    public final InMemoryAccessTokens tokens = new InMemoryAccessTokens();
    public final InMemoryMediaSource mediaSource = new InMemoryMediaSource();
    public final InMemoryMediaStore mediaStore = new InMemoryMediaStore();
    public final InMemoryEventPublisher publisher = new InMemoryEventPublisher();
    public final RecordingTelemetry telemetry = new RecordingTelemetry();
    public final IngestWebhookService useCase;

    public UseCaseFixture() {
        this(20L * 1024 * 1024);
    }

    public UseCaseFixture(long maxFileBytes) {
        tenants.add(new Tenant(TENANT, INTEGRATION, List.of(SECRET), TenantStatus.ACTIVE));
        ObjectIds ids = () -> OBJECT_UUID;
        IngestPorts ports = new IngestPorts(tenants, tokens, mediaSource, mediaStore, new MediaPolicy(maxFileBytes),
                publisher, telemetry, ids, Clock.fixed(NOW, ZoneOffset.UTC));
        useCase = new IngestWebhookService(ports, new EchoPolicy(EchoPolicy.DEFAULT_PREFIXES),
                new IngestSettings(Duration.ofSeconds(30), Duration.ofMillis(500), Duration.ofMillis(10), 4));
    }

    /** Ingests the webhook with an opaque body signed by the tenant's secret, as Genesys would sign it. */
    public IngestOutcome ingestSigned(GenesysWebhook webhook) {
        byte[] body = bodyFor(webhook);
        return ingest(body, webhook, new SignatureVerifier().sign(body, SECRET), Deadline.in(Duration.ofMillis(4500)));
    }

    public IngestOutcome ingest(byte[] body, GenesysWebhook webhook, String signatureHeader, Deadline deadline) {
        return useCase.ingest(new IngestWebhookCommand(body, webhook, signatureHeader, deadline));
    }

    /** Stands in for the raw JSON: the use case treats the body as opaque bytes that the signature covers. */
    public static byte[] bodyFor(GenesysWebhook webhook) {
        return ("{\"raw\":\"" + webhook.id() + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
