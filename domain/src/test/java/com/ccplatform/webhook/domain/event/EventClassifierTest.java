package com.ccplatform.webhook.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.domain.event.GenesysWebhook.Channel;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EventClassifierTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-25T10:00:00Z");
    private final EventClassifier classifier = new EventClassifier();

    @Test
    void classifiesFrdTextMessageAsOutboundMessage() {
        WebhookEvent event = classifier.classify(Webhooks.frdText(), RECEIVED);

        assertThat(event).isInstanceOfSatisfying(OutboundMessage.class, m -> {
            assertThat(m.id().value()).isEqualTo("msg-abc-123");
            assertThat(m.text()).isEqualTo("Hello, how can I help you?");
            assertThat(m.to()).isEqualTo(new Recipient("919876543210", "Phone"));
            assertThat(m.time().iso()).isEqualTo("2023-01-01T12:00:00.000Z");
            assertThat(m.attachments()).isEmpty();
        });
    }

    @Test
    void classifiesAnOutboundMessageTypedMessageAsOutboundMessageRatherThanDroppingIt() {
        assertThat(classifier.classify(Webhooks.withType(Webhooks.frdText(), "Message", "Outbound"), RECEIVED))
                .isInstanceOf(OutboundMessage.class);
    }

    @Test
    void classifiesStructuredMessageAsOutboundMessage() {
        assertThat(classifier.classify(Webhooks.withType(Webhooks.frdText(), "Structured", "Outbound"), RECEIVED))
                .isInstanceOf(OutboundMessage.class);
    }

    @Test
    void keepsEveryAttachmentOfAMessage() {
        WebhookEvent event = classifier.classify(Webhooks.frdAttachment(), RECEIVED);

        assertThat(event).isInstanceOfSatisfying(OutboundMessage.class, m -> {
            assertThat(m.attachments()).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo("media-789");
                assertThat(a.declaredMime()).isEqualTo("application/pdf");
                assertThat(a.filenameOrDefault()).isEqualTo("invoice.pdf");
            });
            assertThat(m.hasMedia()).isTrue();
        });
    }

    @Test
    void classifiesFrdReceiptAsStatusWithTheMessageItRefersTo() {
        WebhookEvent event = classifier.classify(Webhooks.frdReceipt(), RECEIVED);

        assertThat(event).isInstanceOfSatisfying(StatusEvent.class, s -> {
            assertThat(s.id().value()).isEqualTo("receipt-ghi-789");
            assertThat(s.originalMessageId()).isEqualTo("msg-abc-123");
            assertThat(s.status().wireName()).isEqualTo("delivered");
        });
    }

    @ParameterizedTest
    @CsvSource({"Sent,sent", "Delivered,delivered", "Read,read", "Failed,failed", "Published,published",
            "Removed,removed"})
    void mapsEveryRealReceiptStatusToItsLowerCaseName(String genesys, String published) {
        WebhookEvent event = classifier.classify(Webhooks.realReceipt(genesys), RECEIVED);

        assertThat(event).isInstanceOfSatisfying(StatusEvent.class, s -> {
            assertThat(s.status().wireName()).isEqualTo(published);
            // a real receipt carries its message's own id
            assertThat(s.originalMessageId()).isEqualTo(Webhooks.realText().id());
            assertThat(s.isFinalReceipt()).isTrue();
            assertThat(s.reasons()).extracting(GenesysWebhook.Reason::code).containsExactly("MessageExpired");
        });
    }

    @Test
    void ignoresAReceiptWithAnUnknownStatus() {
        assertThat(classifier.classify(Webhooks.realReceipt("Teleported"), RECEIVED)).isInstanceOf(Ignored.class);
    }

    @Test
    void refusesAReceiptWithoutStatus() {
        assertThat(classifier.classify(Webhooks.realReceipt(null), RECEIVED)).isInstanceOf(Malformed.class);
    }

    @Test
    void classifiesRealTypingEventAsTypingStatus() {
        assertThat(classifier.classify(Webhooks.realTyping(), RECEIVED))
                .isInstanceOfSatisfying(StatusEvent.class, s -> assertThat(s.status()).isEqualTo(DeliveryStatus.TYPING));
    }

    @Test
    void classifiesRealPresenceDisconnectAsDisconnectStatus() {
        assertThat(classifier.classify(Webhooks.realPresence("Disconnect"), RECEIVED))
                .isInstanceOfSatisfying(StatusEvent.class,
                        s -> assertThat(s.status()).isEqualTo(DeliveryStatus.DISCONNECT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Join", "Clear", "SignIn"})
    void ignoresOtherPresenceEvents(String presence) {
        assertThat(classifier.classify(Webhooks.realPresence(presence), RECEIVED)).isInstanceOf(Ignored.class);
    }

    @ParameterizedTest
    @CsvSource({"Typing,TYPING", "Disconnect,DISCONNECT"})
    void classifiesTheFrdTypingAndDisconnectTypes(String type, DeliveryStatus status) {
        WebhookEvent event = classifier.classify(Webhooks.withType(Webhooks.frdText(), type, "Outbound"), RECEIVED);

        assertThat(event).isInstanceOfSatisfying(StatusEvent.class, s -> assertThat(s.status()).isEqualTo(status));
    }

    @Test
    void classifiesHealthCheck() {
        assertThat(classifier.classify(Webhooks.withType(Webhooks.frdText(), "HealthCheck", "Outbound"), RECEIVED))
                .isInstanceOf(HealthCheck.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Inbound", "Sideways"})
    void ignoresEventsThatAreNotOutbound(String direction) {
        assertThat(classifier.classify(Webhooks.withType(Webhooks.frdText(), "Text", direction), RECEIVED))
                .isInstanceOf(Ignored.class);
    }

    @Test
    void ignoresEventsWithoutDirection() {
        assertThat(classifier.classify(Webhooks.withType(Webhooks.frdText(), "Text", null), RECEIVED))
                .isInstanceOf(Ignored.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Unknown", "Carrier-Pigeon"})
    void ignoresUnsupportedTypes(String type) {
        assertThat(classifier.classify(Webhooks.withType(Webhooks.frdText(), type, "Outbound"), RECEIVED))
                .isInstanceOf(Ignored.class);
    }

    @Test
    void nullEntriesInListsAreDropped() {
        GenesysWebhook w = Webhooks.withContent(Webhooks.frdText(), "x", java.util.Arrays.asList(null, null));

        assertThat(w.content()).isEmpty();
        assertThat(classifier.classify(w, RECEIVED)).isInstanceOf(OutboundMessage.class);
    }

    @Test
    void refusesAMessageWithoutId() {
        GenesysWebhook w = Webhooks.withChannel(Webhooks.frdText(), null, Webhooks.frdText().channel());

        assertThat(classifier.classify(w, RECEIVED)).isInstanceOfSatisfying(Malformed.class,
                m -> assertThat(m.problem()).contains("id"));
    }

    @Test
    void refusesAMessageWithoutRecipient() {
        Channel c = Webhooks.frdText().channel();
        GenesysWebhook w = Webhooks.withChannel(Webhooks.frdText(), "x", new Channel(null, c.from(), null, c.time(), null));

        assertThat(classifier.classify(w, RECEIVED)).isInstanceOf(Malformed.class);
    }

    @Test
    void refusesATimeThatIsNotIso8601() {
        Channel c = Webhooks.frdText().channel();
        GenesysWebhook w = Webhooks.withChannel(Webhooks.frdText(), "x",
                new Channel(null, c.from(), c.to(), "yesterday", null));

        assertThat(classifier.classify(w, RECEIVED)).isInstanceOf(Malformed.class);
    }

    @Test
    void usesTheReceivedTimeWhenGenesysSentNone() {
        Channel c = Webhooks.frdText().channel();
        GenesysWebhook w = Webhooks.withChannel(Webhooks.frdText(), "x", new Channel(null, c.from(), c.to(), null, null));

        assertThat(classifier.classify(w, RECEIVED)).isInstanceOfSatisfying(OutboundMessage.class,
                m -> assertThat(m.time().iso()).isEqualTo("2026-11-25T10:00:00Z"));
    }
}
