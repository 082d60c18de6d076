package com.ccplatform.webhook.bootstrap;

import com.ccplatform.webhook.adapter.amqp.AmqpSettings;
import java.util.Optional;

/** Where events are published: RabbitMQ when `RABBITMQ_HOST` is set, else the embedded broker, same queues. */
public record BrokerConfiguration(Optional<String> host, int port, String username, String password, String virtualHost,
                           String outboundQueue, String statusQueue, String exchange,
                           AmqpSettings.QueueType queueType, boolean declareTopology) {

    static BrokerConfiguration from(Environment env) {
        String queueType = env.string("RABBITMQ_QUEUE_TYPE", "classic");
        AmqpSettings.QueueType type;
        try {
            type = AmqpSettings.QueueType.parse(queueType);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("RABBITMQ_QUEUE_TYPE must be classic or quorum, got '" + queueType + "'");
        }
        return new BrokerConfiguration(env.optional("RABBITMQ_HOST"), env.integer("RABBITMQ_PORT", 5672, 1, 65535),
                env.string("RABBITMQ_USERNAME", "guest"), env.string("RABBITMQ_PASSWORD", "guest"),
                env.string("RABBITMQ_VHOST", "/"), env.string("OUTBOUND_QUEUE", "outboundQueue"),
                env.string("STATUS_QUEUE", "statusQueue"), env.string("RABBITMQ_EXCHANGE", ""), type,
                env.bool("RABBITMQ_DECLARE", true));
    }

    boolean embedded() {
        return host.isEmpty();
    }

    /** The adapter's settings for a broker at this address (the configured one, or the embedded one). */
    AmqpSettings settingsFor(String brokerHost, int brokerPort) {
        return new AmqpSettings(brokerHost, brokerPort, username, password, virtualHost, outboundQueue, statusQueue,
                exchange, queueType, declareTopology, 4, AmqpSettings.defaultConnectionName());
    }
}
