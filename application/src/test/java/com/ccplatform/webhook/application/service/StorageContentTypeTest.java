package com.ccplatform.webhook.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.testkit.UseCaseFixture;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.ccplatform.webhook.domain.event.GenesysWebhook.Content;
import com.ccplatform.webhook.domain.event.GenesysWebhook.WireAttachment;
import com.ccplatform.webhook.domain.event.Webhooks;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What signed storage serves is often not what the sender declared (issue 14, item 4): a generic type or none keeps
 * the declared, allowed type; only a specific type that names something else refuses the attachment.
 */
class StorageContentTypeTest {

    private static final String URL = "https://api-downloads.usw2.pure.cloud/api/v2/downloads/pce1234456";
    private static final byte[] PNG = "\u0089PNG served by storage".getBytes(StandardCharsets.ISO_8859_1);

    private final UseCaseFixture fx = new UseCaseFixture();

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"application/octet-stream", "binary/octet-stream", "application/x-download", ""})
    void keepsTheDeclaredTypeWhenStorageServesAGenericTypeOrNone(String served) {
        fx.mediaSource.serve(URL, PNG, served);

        AgentMessage message = publishPng();

        assertThat(message.mediaFailure()).isEmpty();
        assertThat(message.media()).singleElement()
                .satisfies(m -> assertThat(m.mimeType()).isEqualTo(new MimeType("image/png")));
        assertThat(fx.mediaStore.objects().values()).singleElement().satisfies(stored -> {
            assertThat(stored.type()).isEqualTo(new MimeType("image/png"));
            assertThat(stored.bytes()).isEqualTo(PNG);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html; charset=utf-8", "application/json", "image/jpeg", "application/pdf"})
    void refusesASpecificTypeOtherThanTheDeclaredOne(String served) {
        fx.mediaSource.serve(URL, PNG, served);

        AgentMessage message = publishPng();

        assertThat(message.media()).isEmpty();
        assertThat(message.mediaFailure()).contains(MediaFailure.MIME_NOT_ALLOWED);
        assertThat(fx.mediaStore.objects()).isEmpty();
    }

    private AgentMessage publishPng() {
        GenesysWebhook webhook = Webhooks.withContent(Webhooks.frdText(), "msg-served-type", List.of(new Content(
                "Attachment", new WireAttachment("a1", "Image", URL, "image/png", "receipt.png", null, null))));

        assertThat(fx.ingestSigned(webhook)).isInstanceOf(IngestOutcome.Accepted.class);
        return (AgentMessage) fx.publisher.confirmed().get(0);
    }
}
