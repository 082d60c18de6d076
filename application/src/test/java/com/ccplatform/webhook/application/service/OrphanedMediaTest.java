package com.ccplatform.webhook.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.testkit.UseCaseFixture;
import com.ccplatform.webhook.domain.event.Webhooks;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 8: media uploaded for a webhook that is not answered 200 is deleted, so Genesys's retry leaves one
 * copy in the store, not one per attempt.
 */
class OrphanedMediaTest {

    private static final String URL = "https://api.genesys.cloud/v2/downloads/auth-token-xyz/media-789";
    private final UseCaseFixture fx = new UseCaseFixture();

    @Test
    void mediaOfAWebhookWhosePublishFailsIsDeletedAndTheRetryLeavesOneCopy() throws Exception {
        fx.mediaSource.serve(URL, "%PDF-1.7 invoice".getBytes(), "application/pdf");
        fx.publisher.failNextAttempts(2);

        IngestOutcome failed = fx.ingestSigned(Webhooks.frdAttachment());

        assertThat(failed).isInstanceOf(IngestOutcome.Unavailable.class);
        awaitNoObjects();
        IngestOutcome retried = fx.ingestSigned(Webhooks.frdAttachment());

        assertThat(retried).isInstanceOf(IngestOutcome.Accepted.class);
        AgentMessage published = (AgentMessage) fx.publisher.confirmed().get(0);
        assertThat(fx.mediaStore.objects()).containsOnlyKeys(published.firstMedia().orElseThrow().key());
    }

    @Test
    void mediaOfAPublishedWebhookIsKept() {
        fx.mediaSource.serve(URL, "%PDF-1.7 invoice".getBytes(), "application/pdf");

        assertThat(fx.ingestSigned(Webhooks.frdAttachment())).isInstanceOf(IngestOutcome.Accepted.class);

        assertThat(fx.mediaStore.objects()).hasSize(1);
    }

    /** The delete runs where the failure settles, just after the outcome: give it a moment. */
    private void awaitNoObjects() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(5));
        while (!fx.mediaStore.objects().isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(10);
        }
        assertThat(fx.mediaStore.objects()).as("objects left in the store").isEmpty();
    }
}
