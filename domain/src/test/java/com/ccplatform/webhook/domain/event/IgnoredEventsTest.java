package com.ccplatform.webhook.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An ignored event says why with a bounded reason and type, so they can label a metric; the words go to the log. */
class IgnoredEventsTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-25T10:00:00Z");
    private final EventClassifier classifier = new EventClassifier();

    @ParameterizedTest
    @CsvSource({
            "Receipt, Inbound, direction_not_outbound, receipt",
            "Text, Sideways, direction_not_outbound, text",
            "Receipt, , direction_not_outbound, receipt",
            "Hologram, Outbound, unsupported_type, other",
            "Unknown, Outbound, unsupported_type, unknown",
            ", Outbound, unsupported_type, absent"})
    void saysWhyWithBoundedLabels(String type, String direction, String reason, String typeLabel) {
        WebhookEvent event = classifier.classify(Webhooks.withType(Webhooks.realReceipt("Delivered"), type, direction),
                RECEIVED);

        assertThat(event).isInstanceOfSatisfying(Ignored.class, ignored -> {
            assertThat(ignored.reason().wireName()).isEqualTo(reason);
            assertThat(ignored.eventType()).isEqualTo(typeLabel);
            assertThat(ignored.detail()).isNotBlank();
        });
    }

    @ParameterizedTest
    @CsvSource({"Teleported, unsupported_receipt_status, receipt"})
    void saysWhenAReceiptStatusIsUnknown(String status, String reason, String typeLabel) {
        assertThat(classifier.classify(Webhooks.realReceipt(status), RECEIVED)).isInstanceOfSatisfying(Ignored.class,
                ignored -> {
                    assertThat(ignored.reason().wireName()).isEqualTo(reason);
                    assertThat(ignored.eventType()).isEqualTo(typeLabel);
                    assertThat(ignored.detail()).contains(status);
                });
    }

    @ParameterizedTest
    @CsvSource({"Join", "SignIn"})
    void saysWhenAnEventHoldsNothingToPublish(String presence) {
        assertThat(classifier.classify(Webhooks.realPresence(presence), RECEIVED)).isInstanceOfSatisfying(
                Ignored.class, ignored -> {
                    assertThat(ignored.reason()).isEqualTo(Ignored.Reason.UNSUPPORTED_EVENT);
                    assertThat(ignored.eventType()).isEqualTo("event");
                });
    }
}
