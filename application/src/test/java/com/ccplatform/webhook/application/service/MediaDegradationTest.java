package com.ccplatform.webhook.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.testkit.UseCaseFixture;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.ccplatform.webhook.domain.event.GenesysWebhook.Content;
import com.ccplatform.webhook.domain.event.GenesysWebhook.WireAttachment;
import com.ccplatform.webhook.domain.event.Webhooks;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.media.RehostedMedia;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** FRD 7.2 / 7.3: a failed attachment never costs the agent's text; it is published without the media and says why. */
class MediaDegradationTest {

    private static final String URL = "https://api-downloads.mypurecloud.ie/api/v2/downloads/abc123";
    private static final byte[] PNG = "\u0089PNG fake image bytes".getBytes(StandardCharsets.ISO_8859_1);

    private final UseCaseFixture fx = new UseCaseFixture(1024);

    @Test
    void refusesADeclaredTypeOutsideTheAllowList() {
        assertDegraded(attachment("a1", URL, "application/x-msdownload", null, null), MediaFailure.MIME_NOT_ALLOWED);
        assertThat(fx.mediaSource.authorizations()).as("nothing was downloaded").isEmpty();
    }

    @Test
    void refusesAResponseWhoseContentTypeIsNotAllowed() {
        fx.mediaSource.serve(URL, PNG, "text/html");

        assertDegraded(attachment("a1", URL, "image/png", null, null), MediaFailure.MIME_NOT_ALLOWED);
    }

    @Test
    void refusesEarlyWhenTheAttachmentDeclaresItIsTooLarge() {
        assertDegraded(attachment("a1", URL, "image/png", null, 4096L), MediaFailure.TOO_LARGE);
        assertThat(fx.mediaSource.authorizations()).isEmpty();
    }

    @Test
    void refusesEarlyWhenContentLengthIsTooLarge() {
        fx.mediaSource.serve(URL, new byte[2048], "image/png");

        assertDegraded(attachment("a1", URL, "image/png", null, null), MediaFailure.TOO_LARGE);
        assertThat(fx.mediaStore.objects()).isEmpty();
    }

    @Test
    void stopsAStreamWithoutLengthAtTheLimitAndLeavesNoObject() {
        fx.mediaSource.serveChunked(URL, new byte[2048], "image/png");

        assertDegraded(attachment("a1", URL, "image/png", null, null), MediaFailure.TOO_LARGE);
        assertThat(fx.mediaStore.objects()).isEmpty();
    }

    @Test
    void removesTheObjectWhenTheChecksumDiffers() {
        fx.mediaSource.serve(URL, PNG, "image/png");

        assertDegraded(attachment("a1", URL, "image/png", "00".repeat(32), null), MediaFailure.CHECKSUM_MISMATCH);
        assertThat(fx.mediaStore.objects()).isEmpty();
    }

    @Test
    void keepsTheObjectWhenTheChecksumMatches() throws Exception {
        fx.mediaSource.serve(URL, PNG, "image/png");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));

        AgentMessage message = publish(attachment("a1", URL, "image/png", sha, (long) PNG.length));

        assertThat(message.mediaFailure()).isEmpty();
        assertThat(message.media()).singleElement().satisfies(m -> assertThat(m.sizeBytes()).isEqualTo(PNG.length));
    }

    @Test
    void degradesWhenNoTokenCanBeHad() {
        fx.tokens.makeUnavailable(true);
        fx.mediaSource.serve(URL, PNG, "image/png");

        assertDegraded(attachment("a1", URL, "image/png", null, null), MediaFailure.TOKEN_UNAVAILABLE);
    }

    @Test
    void degradesWhenTheDownloadFails() {
        fx.mediaSource.failWith(URL, MediaFailure.DOWNLOAD_TIMEOUT);

        assertDegraded(attachment("a1", URL, "image/png", null, null), MediaFailure.DOWNLOAD_TIMEOUT);
    }

    @Test
    void reportsADownloadThatBreaksOffMidBodyAsADownloadFailureAndLeavesNoObject() {
        fx.mediaSource.serveBreakingOff(URL, PNG, "image/png");

        assertDegraded(attachment("a1", URL, "image/png", null, null), MediaFailure.DOWNLOAD_FAILED);
        assertThat(fx.mediaStore.objects()).isEmpty();
    }

    @Test
    void degradesWhenTheStoreIsDown() {
        fx.mediaStore.makeUnavailable(true);
        fx.mediaSource.serve(URL, PNG, "image/png");

        assertDegraded(attachment("a1", URL, "image/png", null, null), MediaFailure.UPLOAD_FAILED);
    }

    @Test
    void degradesAnAttachmentWithoutUrlAsIncompleteWithoutTryingToDownload() {
        assertDegraded(attachment("a1", null, "image/png", null, null), MediaFailure.ATTACHMENT_INCOMPLETE);
        assertThat(fx.mediaSource.authorizations()).isEmpty();
        assertThat(fx.telemetry.lines()).contains("mediaProcessed uuid-5678 a1 image/png attachment_incomplete");
    }

    @Test
    void rehostsEveryAttachmentAndKeepsTheFirstFailure() {
        String second = URL + "-2";
        fx.mediaSource.serve(second, PNG, "image/png");

        AgentMessage message = publish(attachment("bad", URL, "text/html", null, null),
                attachment("good", second, "image/png", null, null));

        assertThat(message.media()).extracting(RehostedMedia::originalId).containsExactly("good");
        assertThat(message.mediaFailure()).contains(MediaFailure.MIME_NOT_ALLOWED);
        assertThat(fx.telemetry.lines()).contains("mediaProcessed uuid-5678 bad refused mime_not_allowed",
                "mediaProcessed uuid-5678 good image/png success");
    }

    private void assertDegraded(Content attachment, MediaFailure expected) {
        AgentMessage message = publish(attachment);

        assertThat(message.text()).isEqualTo("Hello, how can I help you?");
        assertThat(message.media()).isEmpty();
        assertThat(message.mediaFailure()).isEqualTo(Optional.of(expected));
    }

    private AgentMessage publish(Content... content) {
        GenesysWebhook webhook = Webhooks.withContent(Webhooks.frdText(), "msg-media-1", List.of(content));

        IngestOutcome outcome = fx.ingestSigned(webhook);

        assertThat(outcome).isInstanceOf(IngestOutcome.Accepted.class);
        return (AgentMessage) fx.publisher.confirmed().get(0);
    }

    private static Content attachment(String id, String url, String mime, String sha256, Long size) {
        return new Content("Attachment", new WireAttachment(id, "Image", url, mime, id + ".png", sha256, size));
    }
}
