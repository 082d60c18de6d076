package com.ccplatform.webhook.application.service;

import static com.ccplatform.webhook.application.testkit.UseCaseFixture.INTEGRATION;
import static com.ccplatform.webhook.application.testkit.UseCaseFixture.NOW;
import static com.ccplatform.webhook.application.testkit.UseCaseFixture.SECRET;
import static com.ccplatform.webhook.application.testkit.UseCaseFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.IngestWebhookCommand;
import com.ccplatform.webhook.application.port.out.EventPublisher;
import com.ccplatform.webhook.application.port.out.PublishFailedException;
import com.ccplatform.webhook.application.testkit.InMemoryAccessTokens;
import com.ccplatform.webhook.application.testkit.InMemoryMediaSource;
import com.ccplatform.webhook.application.testkit.InMemoryMediaStore;
import com.ccplatform.webhook.application.testkit.InMemoryTenantDirectory;
import com.ccplatform.webhook.application.testkit.RecordingTelemetry;
import com.ccplatform.webhook.application.testkit.UseCaseFixture;
import com.ccplatform.webhook.domain.event.EchoPolicy;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.ccplatform.webhook.domain.event.Webhooks;
import com.ccplatform.webhook.domain.media.MediaPolicy;
import com.ccplatform.webhook.domain.publish.PublishableEvent;
import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.Tenant;
import com.ccplatform.webhook.domain.tenant.TenantStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The use case without a waiting thread: the broker's confirm, arriving later on another thread, settles it. */
class AsyncIngestTest {

    /** A publisher whose confirms the test settles, as a broker's I/O thread would. */
    private static final class ManualPublisher implements EventPublisher {
        record Attempt(PublishableEvent event, CompletableFuture<Void> confirm, String thread) {
        }

        final BlockingQueue<Attempt> attempts = new LinkedBlockingQueue<>();

        @Override
        public void publish(PublishableEvent event, Deadline deadline) {
            throw new AssertionError("the use case must not wait for a confirm");
        }

        @Override
        public CompletableFuture<Void> publishAsync(PublishableEvent event, Deadline deadline) {
            CompletableFuture<Void> confirm = new CompletableFuture<>();
            attempts.add(new Attempt(event, confirm, Thread.currentThread().getName()));
            return confirm;
        }

        Attempt next() throws InterruptedException {
            Attempt attempt = attempts.poll(5, TimeUnit.SECONDS);
            assertThat(attempt).as("a publish attempt").isNotNull();
            return attempt;
        }
    }

    private final ManualPublisher publisher = new ManualPublisher();
    private final RecordingTelemetry telemetry = new RecordingTelemetry();
    private final IngestWebhookService useCase = useCaseWith(publisher, telemetry);

    @Test
    void returnsBeforeTheConfirmAndAcceptsWhenItArrives() throws Exception {
        CompletableFuture<IngestOutcome> outcome = useCase.ingestAsync(signed(Webhooks.frdText()));

        ManualPublisher.Attempt attempt = publisher.next();
        assertThat(outcome).isNotDone();
        completeOnAnotherThread(attempt.confirm(), null);

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(attempt.event().genesysId().value()).isEqualTo("msg-abc-123");
    }

    @Test
    void retriesAFailedConfirmAfterThePauseOffTheThreadThatReportedIt() throws Exception {
        CompletableFuture<IngestOutcome> outcome = useCase.ingestAsync(signed(Webhooks.frdText()));

        Thread broker = completeOnAnotherThread(publisher.next().confirm(), new PublishFailedException("nacked"));
        ManualPublisher.Attempt retry = publisher.next();
        assertThat(retry.thread()).isNotEqualTo(broker.getName());
        assertThat(outcome).isNotDone();
        completeOnAnotherThread(retry.confirm(), null);

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(telemetry.lines()).containsExactly("publishAttemptFailed OUTBOUND msg-abc-123 1");
    }

    @Test
    void answersUnavailableWhenBothAttemptsFail() throws Exception {
        CompletableFuture<IngestOutcome> outcome = useCase.ingestAsync(signed(Webhooks.frdText()));

        completeOnAnotherThread(publisher.next().confirm(), new PublishFailedException("nacked"));
        completeOnAnotherThread(publisher.next().confirm(), new PublishFailedException("nacked again"));

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(IngestOutcome.Unavailable.class);
        assertThat(telemetry.lines()).containsExactly(
                "publishAttemptFailed OUTBOUND msg-abc-123 1",
                "publishAttemptFailed OUTBOUND msg-abc-123 2",
                "publishAbandoned OUTBOUND msg-abc-123");
    }

    @Test
    void outcomesThatPublishNothingAreCompleteOnReturn() {
        GenesysWebhook echo = Webhooks.frdEcho();

        CompletableFuture<IngestOutcome> outcome = useCase.ingestAsync(signed(echo));

        assertThat(outcome).isCompleted();
        assertThat(outcome.join()).isInstanceOf(IngestOutcome.EchoFiltered.class);
        assertThat(publisher.attempts).isEmpty();
    }

    @Test
    void aFaultThatIsNotAFailedPublishFailsTheStageAndIsNotRetried() throws Exception {
        CompletableFuture<IngestOutcome> outcome = useCase.ingestAsync(signed(Webhooks.frdText()));

        completeOnAnotherThread(publisher.next().confirm(), new IllegalStateException("bug in an adapter"));

        assertThatThrownBy(() -> outcome.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(publisher.attempts).isEmpty();
        assertThat(telemetry.lines()).isEmpty();
    }

    @Test
    void theBlockingFormRethrowsSuchAFaultAsItself() {
        IngestWebhookService failing = useCaseWith(new EventPublisher() {
            @Override
            public void publish(PublishableEvent event, Deadline deadline) {
                throw new IllegalStateException("bug in an adapter");
            }
        }, telemetry);

        assertThatThrownBy(() -> failing.ingest(signed(Webhooks.frdText())))
                .isInstanceOf(IllegalStateException.class).hasMessage("bug in an adapter");
    }

    private static Thread completeOnAnotherThread(CompletableFuture<Void> confirm, Throwable failure)
            throws InterruptedException {
        Thread broker = new Thread(() -> {
            if (failure == null) {
                confirm.complete(null);
            } else {
                confirm.completeExceptionally(failure);
            }
        }, "broker-io-" + System.nanoTime());
        broker.start();
        broker.join();
        return broker;
    }

    private static IngestWebhookCommand signed(GenesysWebhook webhook) {
        byte[] body = UseCaseFixture.bodyFor(webhook);
        return new IngestWebhookCommand(body, webhook, new SignatureVerifier().sign(body, SECRET),
                Deadline.in(Duration.ofSeconds(5)));
    }

    private static IngestWebhookService useCaseWith(EventPublisher publisher, RecordingTelemetry telemetry) {
        InMemoryTenantDirectory tenants = new InMemoryTenantDirectory();
        tenants.add(new Tenant(TENANT, INTEGRATION, List.of(SECRET), TenantStatus.ACTIVE));
        IngestPorts ports = new IngestPorts(tenants, new InMemoryAccessTokens(), new InMemoryMediaSource(),
                new InMemoryMediaStore(), new MediaPolicy(20L * 1024 * 1024), publisher, telemetry,
                () -> UseCaseFixture.OBJECT_UUID, Clock.fixed(NOW, ZoneOffset.UTC));
        return new IngestWebhookService(ports, new EchoPolicy(EchoPolicy.DEFAULT_PREFIXES),
                new IngestSettings(Duration.ofSeconds(30), Duration.ofMillis(500), Duration.ofMillis(10), 4));
    }
}
