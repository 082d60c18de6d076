package com.ccplatform.webhook.adapter.amqp;

import com.ccplatform.webhook.domain.publish.Destination;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where and how the publisher talks to RabbitMQ. {@code endpoints} are the nodes of one cluster (or the one broker),
 * tried in this order; all speak TLS or none does, and TLS trusts {@code trustStore} or else the JVM's CAs.
 * {@code exchange} "" means the default exchange (routing key = queue name); any other name is a durable direct
 * exchange with each queue bound by its own name.
 */
public record AmqpSettings(List<BrokerEndpoint> endpoints, Optional<AmqpTrustStore> trustStore, String username,
                           String password, String virtualHost, String outboundQueue, String statusQueue,
                           String exchange, QueueType queueType, boolean declareTopology, int channelPoolSize,
                           String connectionName) {

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
        if (endpoints == null || endpoints.isEmpty()) {
            throw new IllegalArgumentException("RabbitMQ needs at least one node to connect to");
        }
        endpoints = List.copyOf(endpoints);
        if (endpoints.stream().map(BrokerEndpoint::tls).distinct().count() > 1) {
            throw new IllegalArgumentException("RabbitMQ nodes must all be spoken to in TLS or none: " + endpoints);
        }
        trustStore = trustStore == null ? Optional.empty() : trustStore;
        requireText(username, "username");
        requireText(virtualHost, "virtual host");
        requireText(outboundQueue, "outbound queue");
        requireText(statusQueue, "status queue");
        requireText(connectionName, "connection name");
        if (channelPoolSize < 1) {
            throw new IllegalArgumentException("RabbitMQ channel pool size must be at least 1");
        }
        password = password == null ? "" : password;
        exchange = exchange == null ? "" : exchange;
        queueType = queueType == null ? QueueType.CLASSIC : queueType;
    }

    /** One broker in plain AMQP at {@code host:port}, as the settings were before clusters. */
    public AmqpSettings(String host, int port, String username, String password, String virtualHost,
                        String outboundQueue, String statusQueue, String exchange, QueueType queueType,
                        boolean declareTopology, int channelPoolSize, String connectionName) {
        this(List.of(BrokerEndpoint.plain(host, port)), Optional.empty(), username, password, virtualHost,
                outboundQueue, statusQueue, exchange, queueType, declareTopology, channelPoolSize, connectionName);
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
        return "genesys-webhook-service@" + localHostName();
    }

    /** This machine's name (a pod's name in Kubernetes), else `HOSTNAME`, else `unknown-host`. */
    public static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "unknown-host");
        }
    }

    /** True when the nodes are spoken to in TLS. */
    public boolean tls() {
        return endpoints.get(0).tls();
    }

    public AmqpSettings withEndpoints(List<BrokerEndpoint> nodes, Optional<AmqpTrustStore> trust) {
        return new AmqpSettings(nodes, trust, username, password, virtualHost, outboundQueue, statusQueue, exchange,
                queueType, declareTopology, channelPoolSize, connectionName);
    }

    public AmqpSettings withQueues(String outbound, String status) {
        return new AmqpSettings(endpoints, trustStore, username, password, virtualHost, outbound, status, exchange,
                queueType, declareTopology, channelPoolSize, connectionName);
    }

    public AmqpSettings withExchange(String exchangeName, QueueType type, boolean declare) {
        return new AmqpSettings(endpoints, trustStore, username, password, virtualHost, outboundQueue, statusQueue,
                exchangeName, type, declare, channelPoolSize, connectionName);
    }

    public AmqpSettings withConnection(String name, int channels) {
        return new AmqpSettings(endpoints, trustStore, username, password, virtualHost, outboundQueue, statusQueue,
                exchange, queueType, declareTopology, channels, name);
    }

    public AmqpSettings withCredentials(String user, String secret, String vhost) {
        return new AmqpSettings(endpoints, trustStore, user, secret, vhost, outboundQueue, statusQueue, exchange,
                queueType, declareTopology, channelPoolSize, connectionName);
    }

    /** Which queue a destination's events go to. */
    String queueFor(Destination destination) {
        return destination == Destination.OUTBOUND ? outboundQueue : statusQueue;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "AmqpSettings[" + username + "@" + BrokerEndpoint.describe(endpoints) + virtualHostPath()
                + trustStore.map(t -> ", trusting " + t).orElse("") + ", queues=" + outboundQueue
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
