package com.ccplatform.webhook.adapter.amqp;

import com.ccplatform.webhook.domain.publish.Destination;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where and how the publisher talks to RabbitMQ. {@code exchange} "" means the default exchange (routing key = queue
 * name); any other name is a durable direct exchange with each queue bound by its own name.
 */
public record AmqpSettings(String host, int port, String username, String password, String virtualHost,
                           String outboundQueue, String statusQueue, String exchange, QueueType queueType,
                           boolean declareTopology, int channelPoolSize, String connectionName) {

    /** The queue type declared for both queues: `classic` for a single broker, `quorum` for a cluster. */
    public enum QueueType {
        CLASSIC, QUORUM;

        /** Reads `classic` or `quorum`, case-insensitively. */
        public static QueueType parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("RabbitMQ queue type must be classic or quorum, not " + value, e);
            }
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public AmqpSettings {
        requireText(host, "host");
        requireText(username, "username");
        requireText(virtualHost, "virtual host");
        requireText(outboundQueue, "outbound queue");
        requireText(statusQueue, "status queue");
        requireText(connectionName, "connection name");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("RabbitMQ port out of range: " + port);
        }
        if (channelPoolSize < 1) {
            throw new IllegalArgumentException("RabbitMQ channel pool size must be at least 1");
        }
        password = password == null ? "" : password;
        exchange = exchange == null ? "" : exchange;
        queueType = queueType == null ? QueueType.CLASSIC : queueType;
    }

    /**
     * The FRD's defaults: guest/guest on vhost "/", queues `outboundQueue` and `statusQueue` on the default exchange,
     * classic queues, declared at start, 4 confirm channels, connection named {@link #defaultConnectionName()}.
     */
    public static AmqpSettings defaults(String host, int port) {
        return new AmqpSettings(host, port, "guest", "guest", "/", "outboundQueue", "statusQueue", "",
                QueueType.CLASSIC, true, 4, defaultConnectionName());
    }

    /** `genesys-webhook-service@<hostname>`, so operators can find this service's connection in the broker. */
    public static String defaultConnectionName() {
        String hostname;
        try {
            hostname = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            hostname = System.getenv().getOrDefault("HOSTNAME", "unknown-host");
        }
        return "genesys-webhook-service@" + hostname;
    }

    public AmqpSettings withQueues(String outbound, String status) {
        return new AmqpSettings(host, port, username, password, virtualHost, outbound, status, exchange, queueType,
                declareTopology, channelPoolSize, connectionName);
    }

    public AmqpSettings withExchange(String exchangeName, QueueType type, boolean declare) {
        return new AmqpSettings(host, port, username, password, virtualHost, outboundQueue, statusQueue, exchangeName,
                type, declare, channelPoolSize, connectionName);
    }

    public AmqpSettings withConnection(String name, int channels) {
        return new AmqpSettings(host, port, username, password, virtualHost, outboundQueue, statusQueue, exchange,
                queueType, declareTopology, channels, name);
    }

    public AmqpSettings withCredentials(String user, String secret, String vhost) {
        return new AmqpSettings(host, port, user, secret, vhost, outboundQueue, statusQueue, exchange, queueType,
                declareTopology, channelPoolSize, connectionName);
    }

    /** Which queue a destination's events go to. */
    String queueFor(Destination destination) {
        return destination == Destination.OUTBOUND ? outboundQueue : statusQueue;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "AmqpSettings[" + username + "@" + host + ":" + port + virtualHostPath() + ", queues=" + outboundQueue
                + "/" + statusQueue + ", exchange='" + exchange + "', type=" + queueType.wireName() + ", declare="
                + declareTopology + ", channels=" + channelPoolSize + ", name=" + connectionName + "]";
    }

    private String virtualHostPath() {
        return virtualHost.startsWith("/") ? virtualHost : "/" + virtualHost;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("RabbitMQ " + name + " must not be blank");
        }
    }
}
