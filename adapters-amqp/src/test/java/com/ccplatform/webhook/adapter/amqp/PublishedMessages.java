package com.ccplatform.webhook.adapter.amqp;

import static com.ccplatform.webhook.application.testkit.EventPublisherContract.agentMessage;
import static com.ccplatform.webhook.application.testkit.EventPublisherContract.statusUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.domain.event.DeliveryStatus;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import com.ccplatform.webhook.domain.publish.PublishableEvent;
import com.ccplatform.webhook.domain.publish.StatusUpdate;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Publishes one event per destination and reads it back with a plain consumer: body and every AMQP property. */
final class PublishedMessages {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private PublishedMessages() {
    }

    static void assertPublishedAsSpecified(PublisherFixture fixture) throws Exception {
        RabbitMqEventPublisher publisher = fixture.publisher(fixture.settings, Clock.fixed(NOW, ZoneOffset.UTC));
        AgentMessage message = agentMessage("msg-abc-123");
        StatusUpdate receipt = statusUpdate("msg-abc-123", DeliveryStatus.DELIVERED);

        publisher.publish(message, Deadline.in(Duration.ofSeconds(30)));
        publisher.publish(receipt, Deadline.in(Duration.ofSeconds(30)));

        assertOnly(fixture.drain(fixture.settings.outboundQueue()), message, fixture.settings.outboundQueue());
        assertOnly(fixture.drain(fixture.settings.statusQueue()), receipt, fixture.settings.statusQueue());
    }

    private static void assertOnly(List<GetResponse> received, PublishableEvent event, String queue) {
        assertThat(received).hasSize(1);
        GetResponse only = received.get(0);
        assertThat(TestBroker.body(only)).isEqualTo(new String(EventJson.toBytes(event), StandardCharsets.UTF_8));
        AMQP.BasicProperties props = only.getProps();
        assertThat(props.getDeliveryMode()).isEqualTo(2);
        assertThat(props.getContentType()).isEqualTo("application/json");
        assertThat(props.getMessageId()).isEqualTo(event.deduplicationKey());
        assertThat(props.getTimestamp()).isEqualTo(Date.from(NOW));
        assertThat(asStrings(props.getHeaders()))
                .isEqualTo(Map.of("tenantId", event.tenantId().value(), "eventType", event.eventType()));
        assertThat(new Object[] {props.getContentEncoding(), props.getPriority(), props.getCorrelationId(),
            props.getReplyTo(), props.getExpiration(), props.getType(), props.getUserId(), props.getAppId(),
            props.getClusterId()}).containsOnlyNulls();
        assertThat(only.getEnvelope().getExchange()).isEmpty();
        assertThat(only.getEnvelope().getRoutingKey()).isEqualTo(queue);
    }

    private static Map<String, String> asStrings(Map<String, Object> headers) {
        return headers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }
}
