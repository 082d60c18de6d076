package com.ccplatform.webhook.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.domain.event.DeliveryStatus;
import com.ccplatform.webhook.domain.event.EventTime;
import com.ccplatform.webhook.domain.event.GenesysEventId;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.event.Recipient;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.media.ObjectKey;
import com.ccplatform.webhook.domain.media.RehostedMedia;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import com.ccplatform.webhook.domain.publish.StatusUpdate;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The published bodies are the FRD 4.2 examples, with additions only. */
class EventJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TenantId TENANT = new TenantId("uuid-5678");
    private static final IntegrationId INTEGRATION = new IntegrationId("integration-42");
    private static final RehostedMedia INVOICE = new RehostedMedia(
            "https://minio.internal/media-outbound/uuid-5678/2023/01/01/abc-def-789.pdf?X-Amz-Expires=604800",
            new MimeType("application/pdf"), "invoice.pdf", "media-789",
            new ObjectKey("uuid-5678/2023/01/01/abc-def-789.pdf"), 1234);

    @Test
    void writesATextMessageAsTheFrdOutboundExample() throws IOException {
        AgentMessage message = new AgentMessage(TENANT, INTEGRATION, new GenesysEventId("msg-abc-123"),
                new EventTime("2023-01-01T12:00:00.000Z"), "Hello, how can I help you?",
                new Recipient("919876543210", "Phone"), List.of(), Optional.empty(), null);

        assertMatches(EventJson.toTree(message), "expected/outbound-message.json", "frd/4.2.1-outbound-message.json");
    }

    @Test
    void writesAMessageWithMediaAsTheFrdMediaExamplePlusAllAttachments() throws IOException {
        assertMatches(EventJson.toTree(invoiceMessage(Optional.empty(), "conversation-7")),
                "expected/outbound-message-with-media.json", "frd/4.2.2-outbound-message-with-media.json");
    }

    @Test
    void flagsAMessageWhoseMediaFailedWithTheReason() throws IOException {
        assertMatches(EventJson.toTree(invoiceMessage(Optional.of(MediaFailure.TOO_LARGE), null)),
                "expected/outbound-message-media-degraded.json", "frd/4.2.2-outbound-message-with-media.json");
    }

    @Test
    void writesAReceiptAsTheFrdStatusExamplePlusReceiptDetails() throws IOException {
        StatusUpdate receipt = new StatusUpdate(TENANT, INTEGRATION, new GenesysEventId("receipt-ghi-789"),
                "msg-abc-123", DeliveryStatus.DELIVERED, new EventTime("2023-01-01T12:01:00.000Z"), true,
                List.of(new GenesysWebhook.Reason("MessageExpired", "The message could not be delivered in time")),
                "conversation-7");

        assertMatches(EventJson.toTree(receipt), "expected/status-event.json", "frd/4.2.3-status-event.json");
    }

    @Test
    void keepsANullOriginalMessageIdForTypingAndOmitsAbsentAdditions() {
        StatusUpdate typing = new StatusUpdate(TENANT, INTEGRATION, new GenesysEventId("typing-1"), null,
                DeliveryStatus.TYPING, new EventTime("2023-01-01T12:01:00.000Z"), null, List.of(), null);

        ObjectNode json = EventJson.toTree(typing);

        assertThat(json.has("originalMessageId")).isTrue();
        assertThat(json.get("originalMessageId").isNull()).isTrue();
        assertThat(json.get("status").asText()).isEqualTo("typing");
        assertThat(json.has("isFinalReceipt") || json.has("reasons") || json.has("conversationId")).isFalse();
    }

    private static AgentMessage invoiceMessage(Optional<MediaFailure> failure, String conversationId) {
        return new AgentMessage(TENANT, INTEGRATION, new GenesysEventId("msg-def-456"),
                new EventTime("2023-01-01T12:05:00.000Z"), "Here is your document",
                new Recipient("919876543210", "Phone"), List.of(INVOICE), failure, conversationId);
    }

    // equal to our expected document, and equal to the FRD's own example once our additions are taken away
    private static void assertMatches(ObjectNode actual, String expected, String frdExample) throws IOException {
        assertThat(actual).isEqualTo(read(expected));
        ObjectNode withoutAdditions = actual.deepCopy();
        withoutAdditions.remove(List.of("integrationId", "conversationId", "isFinalReceipt", "reasons"));
        if (withoutAdditions.get("payload") instanceof ObjectNode payload) {
            payload.remove(List.of("attachments", "media_processing_failed", "media_failure_reason"));
        }
        assertThat(withoutAdditions).isEqualTo(read(frdExample));
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = EventJsonTest.class.getClassLoader().getResourceAsStream(resource)) {
            return MAPPER.readTree(in);
        }
    }
}
