package com.ccplatform.webhook.adapter.amqp;

import com.ccplatform.webhook.domain.publish.PublishableEvent;
import com.rabbitmq.client.AMQP;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/** One event as it goes on the wire: its queue, its AMQP properties and its JSON body. */
record AmqpMessage(String routingKey, AMQP.BasicProperties properties, byte[] body) {

    static final int PERSISTENT = 2;
    static final String JSON = "application/json";

    /** Persistent JSON with a stable message id, so downstream can drop Genesys retries it has already seen. */
    static AmqpMessage of(PublishableEvent event, AmqpSettings settings, Instant now) {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .deliveryMode(PERSISTENT)
                .contentType(JSON)
                .messageId(event.deduplicationKey())
                .timestamp(Date.from(now))
                .headers(Map.of("tenantId", event.tenantId().value(), "eventType", event.eventType()))
                .build();
        return new AmqpMessage(settings.queueFor(event.destination()), properties, EventJson.toBytes(event));
    }

    String messageId() {
        return properties.getMessageId();
    }
}
