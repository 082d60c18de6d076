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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 3: an attachment entry without `attachment`, `id` or `url` is a failed attachment with its own
 * reason, and an event ignored for its direction or type is reported with that reason; neither goes unseen.
 */
class NothingDroppedUnseenTest {

    private static final String URL = "https://api-downloads.mypurecloud.ie/api/v2/downloads/good";
    private static final byte[] PNG = "\u0089PNG fake".getBytes(StandardCharsets.ISO_8859_1);

    private final UseCaseFixture fx = new UseCaseFixture();

    @Test
    void publishesTheMessageAndReportsEveryIncompleteAttachmentEntryAsFailed() {
        IngestOutcome outcome = fx.ingestSigned(withContent(new Content("Attachment", null),
                attachment(null, URL), attachment("no-url", null)));

        assertThat(outcome).isInstanceOfSatisfying(IngestOutcome.Accepted.class,
                accepted -> assertThat(accepted.mediaDegraded()).isTrue());
        AgentMessage message = (AgentMessage) fx.publisher.confirmed().get(0);
        assertThat(message.text()).isEqualTo("Hello, how can I help you?");
        assertThat(message.media()).isEmpty();
        assertThat(message.mediaFailure()).contains(MediaFailure.ATTACHMENT_INCOMPLETE);
        assertThat(fx.mediaSource.authorizations()).as("nothing to download").isEmpty();
        assertThat(fx.telemetry.lines()).containsExactly(
                "mediaProcessed uuid-5678 (absent) unknown attachment_incomplete",
                "mediaProcessed uuid-5678 (absent) image/png attachment_incomplete",
                "mediaProcessed uuid-5678 no-url image/png attachment_incomplete");
    }

    @Test
    void stillRehostsTheCompleteAttachmentsBesideAnIncompleteOne() {
        fx.mediaSource.serve(URL, PNG, "image/png");

        fx.ingestSigned(withContent(attachment("good", URL), attachment("no-url", " ")));

        AgentMessage message = (AgentMessage) fx.publisher.confirmed().get(0);
        assertThat(message.media()).extracting(RehostedMedia::originalId).containsExactly("good");
        assertThat(message.mediaFailure()).contains(MediaFailure.ATTACHMENT_INCOMPLETE);
    }

    @Test
    void reportsAnEventIgnoredForItsDirectionWithItsReasonAndType() {
        IngestOutcome outcome = fx.ingestSigned(Webhooks.withType(Webhooks.frdReceipt(), "Receipt", "Inbound"));

        assertThat(outcome).isInstanceOf(IngestOutcome.Ignored.class);
        assertThat(fx.publisher.confirmed()).isEmpty();
        assertThat(fx.telemetry.lines()).containsExactly("eventIgnored uuid-5678 direction_not_outbound receipt");
    }

    @Test
    void reportsAnEventIgnoredForAnUnknownTypeWithoutRepeatingTheType() {
        fx.ingestSigned(Webhooks.withType(Webhooks.frdText(), "Hologram-" + "x".repeat(200), "Outbound"));

        assertThat(fx.telemetry.lines()).containsExactly("eventIgnored uuid-5678 unsupported_type other");
    }

    private static GenesysWebhook withContent(Content... content) {
        return Webhooks.withContent(Webhooks.frdText(), "msg-incomplete-1", List.of(content));
    }

    private static Content attachment(String id, String url) {
        return new Content("Attachment", new WireAttachment(id, "Image", url, "image/png", "p.png", null, null));
    }
}
