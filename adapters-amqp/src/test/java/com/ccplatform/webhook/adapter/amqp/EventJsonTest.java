package com.ccplatform.webhook.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.domain.content.AvailableTime;
import com.ccplatform.webhook.domain.content.Card;
import com.ccplatform.webhook.domain.content.CardAction;
import com.ccplatform.webhook.domain.content.DatePicker;
import com.ccplatform.webhook.domain.content.NotificationTemplate;
import com.ccplatform.webhook.domain.content.QuickReply;
import com.ccplatform.webhook.domain.content.StructuredContent;
import com.ccplatform.webhook.domain.content.TemplateParameter;
import com.ccplatform.webhook.domain.content.TemplateText;
import com.ccplatform.webhook.domain.event.DeliveryStatus;
import com.ccplatform.webhook.domain.event.EventTime;
import com.ccplatform.webhook.domain.event.GenesysEventId;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.event.OriginatingEntity;
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

    @Test
    void writesQuickRepliesAndTheSenderAsAdditionsToTheFrdMessage() throws IOException {
        StructuredContent content = new StructuredContent(List.of(
                new QuickReply("Track my order", "track", QuickReply.Action.MESSAGE),
                new QuickReply("Talk to someone", null, null)), List.of(), Optional.empty(), Optional.empty());

        assertMatches(EventJson.toTree(structured("msg-abc-123", "Hello, how can I help you?", content,
                OriginatingEntity.BOT, null)), "expected/outbound-structured-quick-replies.json",
                "frd/4.2.1-outbound-message.json");
    }

    @Test
    void writesTheCardsOfACarouselWithoutTextAndEveryFrdField() throws IOException {
        Card small = new Card("Small box", "Fits a pair of shoes", "https://cdn.example.com/boxes/small.png", List.of(
                new CardAction(CardAction.Type.POSTBACK, "Pick small", "box-s", null),
                new CardAction(CardAction.Type.LINK, "Sizes", null, "https://shop.example.com/boxes")));
        StructuredContent content = new StructuredContent(List.of(),
                List.of(small, new Card("Large box", "", null, List.of())), Optional.empty(), Optional.empty());

        ObjectNode json = EventJson.toTree(structured("msg-carousel-1", null, content, OriginatingEntity.BOT,
                "conversation-7"));

        assertThat(json).isEqualTo(read("expected/outbound-structured-carousel.json"));
        assertHasEveryFrdField(json, read("frd/4.2.1-outbound-message.json"));
    }

    @Test
    void writesADatePickerAndATemplate() throws IOException {
        DatePicker picker = new DatePicker("Which day suits you?", null, List.of(
                new AvailableTime("2026-07-01T09:00:00.000Z", 3600L),
                new AvailableTime("2026-07-02T14:30:00.000+02:00", null)));
        NotificationTemplate template = new NotificationTemplate("orders@order_ready", "en_GB",
                new TemplateText("Order update", List.of()), new TemplateText("Hi Robin, your order is ready",
                List.of(new TemplateParameter("name", "Robin"), new TemplateParameter(null, "4711"))),
                "Reply STOP to opt out");
        StructuredContent content = new StructuredContent(List.of(), List.of(), Optional.of(picker),
                Optional.of(template));

        ObjectNode json = EventJson.toTree(structured("msg-picker-1", "Hi Robin, your order is ready", content,
                OriginatingEntity.HUMAN, null));

        assertThat(json).isEqualTo(read("expected/outbound-structured-date-picker-and-template.json"));
        assertHasEveryFrdField(json, read("frd/4.2.1-outbound-message.json"));
    }

    private static AgentMessage structured(String id, String text, StructuredContent content,
                                           OriginatingEntity entity, String conversationId) {
        return new AgentMessage(TENANT, INTEGRATION, new GenesysEventId(id), new EventTime("2023-01-01T12:00:00.000Z"),
                text, new Recipient("919876543210", "Phone"), List.of(), Optional.empty(), conversationId, content,
                entity);
    }

    // every field of the FRD example is there, of the same JSON kind, nested alike
    private static void assertHasEveryFrdField(JsonNode actual, JsonNode frd) {
        frd.fieldNames().forEachRemaining(name -> {
            assertThat(actual.has(name)).as("FRD field %s", name).isTrue();
            assertThat(actual.get(name).getNodeType()).as("FRD field %s", name).isEqualTo(frd.get(name).getNodeType());
            if (frd.get(name).isObject()) {
                assertHasEveryFrdField(actual.get(name), frd.get(name));
            }
        });
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
            payload.remove(List.of("attachments", "media_processing_failed", "media_failure_reason", "content",
                    "originating_entity"));
        }
        assertThat(withoutAdditions).isEqualTo(read(frdExample));
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = EventJsonTest.class.getClassLoader().getResourceAsStream(resource)) {
            return MAPPER.readTree(in);
        }
    }
}
