package com.ccplatform.webhook.application.service;

import static com.ccplatform.webhook.application.testkit.UseCaseFixture.SECRET;
import static com.ccplatform.webhook.application.testkit.UseCaseFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.IngestOutcome.Reason;
import com.ccplatform.webhook.application.testkit.UseCaseFixture;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.ccplatform.webhook.domain.event.GenesysWebhook.Channel;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.event.Webhooks;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import com.ccplatform.webhook.domain.publish.Destination;
import com.ccplatform.webhook.domain.publish.StatusUpdate;
import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.Tenant;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.ccplatform.webhook.domain.tenant.TenantStatus;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The FRD 9.1 / 9.2 scenarios through the use case, with in-memory twins for every port. */
class IngestWebhookServiceTest {

    private final UseCaseFixture fx = new UseCaseFixture();

    @Test
    void publishesATextMessageToTheOutboundQueueBeforeAccepting() {
        IngestOutcome outcome = fx.ingestSigned(Webhooks.frdText());

        assertThat(outcome).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(fx.publisher.confirmedTo(Destination.OUTBOUND)).singleElement()
                .isInstanceOfSatisfying(AgentMessage.class, m -> {
                    assertThat(m.tenantId()).isEqualTo(TENANT);
                    assertThat(m.genesysId().value()).isEqualTo("msg-abc-123");
                    assertThat(m.text()).isEqualTo("Hello, how can I help you?");
                    assertThat(m.to().id()).isEqualTo("919876543210");
                    assertThat(m.to().idType()).isEqualTo("Phone");
                    assertThat(m.time().iso()).isEqualTo("2023-01-01T12:00:00.000Z");
                    assertThat(m.media()).isEmpty();
                    assertThat(m.mediaFailure()).isEmpty();
                });
        assertThat(outcome.trace().tenantId()).isEqualTo(TENANT);
        assertThat(outcome.trace().genesysId().value()).isEqualTo("msg-abc-123");
    }

    @Test
    void publishesAReceiptToTheStatusQueue() {
        IngestOutcome outcome = fx.ingestSigned(Webhooks.frdReceipt());

        assertThat(outcome).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(fx.publisher.confirmedTo(Destination.STATUS)).singleElement()
                .isInstanceOfSatisfying(StatusUpdate.class, s -> {
                    assertThat(s.genesysId().value()).isEqualTo("receipt-ghi-789");
                    assertThat(s.originalMessageId()).isEqualTo("msg-abc-123");
                    assertThat(s.status().wireName()).isEqualTo("delivered");
                    assertThat(s.time().iso()).isEqualTo("2023-01-01T12:01:00.000Z");
                });
    }

    @Test
    void rehostsAnAttachmentAndPublishesItsPresignedUrl() {
        byte[] pdf = "%PDF-1.7 invoice".getBytes();
        fx.mediaSource.serve("https://api.genesys.cloud/v2/downloads/auth-token-xyz/media-789", pdf, "application/pdf");

        IngestOutcome outcome = fx.ingestSigned(Webhooks.frdAttachment());

        assertThat(outcome).isInstanceOfSatisfying(IngestOutcome.Accepted.class,
                a -> assertThat(a.mediaDegraded()).isFalse());
        AgentMessage message = (AgentMessage) fx.publisher.confirmed().get(0);
        assertThat(message.firstMedia()).hasValueSatisfying(media -> {
            assertThat(media.url()).isEqualTo("memory://media-outbound/uuid-5678/2026/11/25/"
                    + UseCaseFixture.OBJECT_UUID + ".pdf?X-Amz-Expires=604800");
            assertThat(media.mimeType().value()).isEqualTo("application/pdf");
            assertThat(media.filename()).isEqualTo("invoice.pdf");
            assertThat(media.originalId()).isEqualTo("media-789");
        });
        assertThat(fx.mediaStore.get(message.firstMedia().get().key())).hasValueSatisfying(
                stored -> assertThat(stored.bytes()).isEqualTo(pdf));
        assertThat(fx.mediaSource.authorizations()).containsExactly("Bearer token-for-uuid-5678");
        assertThat(fx.telemetry.lines()).contains("mediaProcessed uuid-5678 media-789 application/pdf success");
    }

    @Test
    void acknowledgesAnEchoWithoutPublishing() {
        IngestOutcome outcome = fx.ingestSigned(Webhooks.frdEcho());

        assertThat(outcome).isInstanceOf(IngestOutcome.EchoFiltered.class);
        assertThat(fx.publisher.attempts()).isZero();
        assertThat(fx.telemetry.lines()).containsExactly("echoFiltered uuid-5678 msg-jkl-012");
    }

    @Test
    void neverTreatsAStatusEventAsAnEcho() {
        GenesysWebhook receipt = Webhooks.frdReceipt();
        Channel c = receipt.channel();
        GenesysWebhook aboutAnInjectedMessage = Webhooks.withChannel(receipt, receipt.id(),
                new Channel(null, c.from(), c.to(), c.time(), "mw-injected-uuid-12345"));

        assertThat(fx.ingestSigned(aboutAnInjectedMessage)).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(((StatusUpdate) fx.publisher.confirmed().get(0)).originalMessageId())
                .isEqualTo("mw-injected-uuid-12345");
    }

    @Test
    void ignoresInboundMessagesWithoutPublishing() {
        IngestOutcome outcome = fx.ingestSigned(Webhooks.withType(Webhooks.frdText(), "Text", "Inbound"));

        assertThat(outcome).isInstanceOf(IngestOutcome.Ignored.class);
        assertThat(fx.publisher.attempts()).isZero();
    }

    @Test
    void acknowledgesAHealthCheckWithoutPublishing() {
        IngestOutcome outcome = fx.ingestSigned(Webhooks.withType(Webhooks.frdText(), "HealthCheck", "Outbound"));

        assertThat(outcome).isInstanceOf(IngestOutcome.HealthCheckAcknowledged.class);
        assertThat(fx.publisher.attempts()).isZero();
    }

    @Test
    void rejectsATamperedBodyAndCountsTheSignatureFailure() {
        GenesysWebhook webhook = Webhooks.frdText();
        String signature = new SignatureVerifier().sign(UseCaseFixture.bodyFor(webhook), SECRET);
        byte[] tampered = "{\"raw\":\"msg-abc-124\"}".getBytes();

        IngestOutcome outcome = fx.ingest(tampered, webhook, signature, Deadline.in(Duration.ofSeconds(4)));

        assertThat(outcome).isInstanceOfSatisfying(IngestOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.INVALID_SIGNATURE));
        assertThat(fx.publisher.attempts()).isZero();
        assertThat(fx.telemetry.lines()).containsExactly("signatureRejected uuid-5678");
    }

    @Test
    void rejectsAMissingSignature() {
        GenesysWebhook webhook = Webhooks.frdText();

        IngestOutcome outcome = fx.ingest(UseCaseFixture.bodyFor(webhook), webhook, null,
                Deadline.in(Duration.ofSeconds(4)));

        assertThat(outcome).isInstanceOfSatisfying(IngestOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.INVALID_SIGNATURE));
    }

    @Test
    void rejectsTenantASignatureOnTenantBsIntegration() {
        WebhookSecret secretOfB = new WebhookSecret("tenant-b-webhook-secret-9876543210");
        fx.tenants.add(new Tenant(new TenantId("tenant-b"), new IntegrationId("integration-b"), List.of(secretOfB),
                TenantStatus.ACTIVE));
        GenesysWebhook text = Webhooks.frdText();
        Channel c = text.channel();
        GenesysWebhook claimsB = Webhooks.withChannel(text, text.id(), new Channel("integration-b", c.from(), c.to(),
                c.time(), null));

        IngestOutcome outcome = fx.ingestSigned(claimsB);

        assertThat(outcome).isInstanceOfSatisfying(IngestOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.INVALID_SIGNATURE));
    }

    @Test
    void rejectsAnUnknownIntegration() {
        GenesysWebhook text = Webhooks.frdText();
        Channel c = text.channel();
        GenesysWebhook unknown = Webhooks.withChannel(text, text.id(), new Channel("integration-nobody-has",
                c.from(), c.to(), c.time(), null));

        IngestOutcome outcome = fx.ingestSigned(unknown);

        assertThat(outcome).isInstanceOfSatisfying(IngestOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.UNKNOWN_INTEGRATION));
    }

    @Test
    void rejectsAWebhookThatNamesNoIntegration() {
        IngestOutcome outcome = fx.ingestSigned(Webhooks.withChannel(Webhooks.frdText(), "x", null));

        assertThat(outcome).isInstanceOfSatisfying(IngestOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.MISSING_INTEGRATION_ID));
        assertThat(fx.tenants.lookups()).isEmpty();
    }

    @Test
    void answersUnavailableWhenTheTenantServiceIsDown() {
        fx.tenants.makeUnavailable(true);

        IngestOutcome outcome = fx.ingestSigned(Webhooks.frdText());

        assertThat(outcome).isInstanceOfSatisfying(IngestOutcome.Unavailable.class,
                u -> assertThat(u.dependency()).isEqualTo("tenant-service"));
    }

    @Test
    void checksTheSignatureBeforeSayingATenantIsInactive() {
        fx.tenants.add(new Tenant(TENANT, UseCaseFixture.INTEGRATION, List.of(SECRET), TenantStatus.INACTIVE));
        GenesysWebhook webhook = Webhooks.frdText();

        IngestOutcome forged = fx.ingest(UseCaseFixture.bodyFor(webhook), webhook, "sha256=" + "0".repeat(64),
                Deadline.in(Duration.ofSeconds(4)));
        IngestOutcome signed = fx.ingestSigned(webhook);

        assertThat(forged).isInstanceOfSatisfying(IngestOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.INVALID_SIGNATURE));
        assertThat(signed).isInstanceOfSatisfying(IngestOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.TENANT_INACTIVE));
        assertThat(fx.publisher.attempts()).isZero();
    }

    @Test
    void retriesOnceWhenTheFirstPublishFails() {
        fx.publisher.failNextAttempts(1);

        IngestOutcome outcome = fx.ingestSigned(Webhooks.frdText());

        assertThat(outcome).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(fx.publisher.attempts()).isEqualTo(2);
        assertThat(fx.publisher.confirmed()).hasSize(1);
    }

    @Test
    void answersUnavailableAndReportsCriticalWhenPublishingFailsTwice() {
        fx.publisher.failNextAttempts(2);

        IngestOutcome outcome = fx.ingestSigned(Webhooks.frdText());

        assertThat(outcome).isInstanceOfSatisfying(IngestOutcome.Unavailable.class,
                u -> assertThat(u.dependency()).isEqualTo("rabbitmq"));
        assertThat(fx.publisher.confirmed()).isEmpty();
        assertThat(fx.telemetry.lines()).containsExactly(
                "publishAttemptFailed OUTBOUND msg-abc-123 1",
                "publishAttemptFailed OUTBOUND msg-abc-123 2",
                "publishAbandoned OUTBOUND msg-abc-123");
    }

    @Test
    void answersUnavailableNotTimedOutWhenTheBrokerDidNotConfirmByTheDeadline() {
        GenesysWebhook webhook = Webhooks.frdText();

        IngestOutcome outcome = fx.ingest(UseCaseFixture.bodyFor(webhook), webhook,
                new SignatureVerifier().sign(UseCaseFixture.bodyFor(webhook), SECRET), Deadline.in(Duration.ZERO));

        assertThat(outcome).as("Genesys is asked to retry: 503 with Retry-After, not 504")
                .isInstanceOfSatisfying(IngestOutcome.Unavailable.class,
                        u -> assertThat(u.dependency()).isEqualTo("rabbitmq"));
        assertThat(fx.publisher.confirmed()).isEmpty();
        assertThat(fx.telemetry.lines()).containsExactly("publishAttemptFailed OUTBOUND msg-abc-123 1",
                "publishAbandoned OUTBOUND msg-abc-123");
    }

    @Test
    void answersTimedOutWhenTheTenantServiceFailsPastTheDeadline() {
        fx.tenants.makeUnavailable(true);
        GenesysWebhook webhook = Webhooks.frdText();

        IngestOutcome outcome = fx.ingest(UseCaseFixture.bodyFor(webhook), webhook,
                new SignatureVerifier().sign(UseCaseFixture.bodyFor(webhook), SECRET), Deadline.in(Duration.ZERO));

        assertThat(outcome).isInstanceOf(IngestOutcome.TimedOut.class);
        assertThat(fx.publisher.attempts()).isZero();
    }

    @Test
    void rejectsAMessageMissingItsId() {
        GenesysWebhook noId = Webhooks.withChannel(Webhooks.frdText(), null, Webhooks.frdText().channel());

        IngestOutcome outcome = fx.ingestSigned(noId);

        assertThat(outcome).isInstanceOfSatisfying(IngestOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.INVALID_EVENT));
    }

    @Test
    void acceptsRealGenesysTrafficFoundByChannelId() {
        fx.tenants.add(new Tenant(new TenantId("tenant-real"),
                new IntegrationId("0b6a1d3e-2f47-4a8b-9c5d-1e2f3a4b5c6d"), List.of(SECRET), TenantStatus.ACTIVE));

        assertThat(fx.ingestSigned(Webhooks.realText())).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(fx.ingestSigned(Webhooks.realReceipt("Read"))).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(fx.ingestSigned(Webhooks.realTyping())).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(fx.publisher.confirmed()).extracting(e -> e.deduplicationKey()).containsExactly(
                "5f0c2b7e-9a41-4c1e-8d2a-7b1f3e6a9c01", "5f0c2b7e-9a41-4c1e-8d2a-7b1f3e6a9c01:read",
                "e7a1c2d3-0000-4000-8000-000000000001:typing");
    }
}
