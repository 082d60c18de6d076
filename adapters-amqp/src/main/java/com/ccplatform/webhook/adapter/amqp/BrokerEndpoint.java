package com.ccplatform.webhook.adapter.amqp;

import com.rabbitmq.client.Address;
import java.util.List;

/** One RabbitMQ node the service may connect to: its host, its AMQP port, and whether it speaks TLS there. */
public record BrokerEndpoint(String host, int port, boolean tls) {

    public static final int AMQP_PORT = 5672;
    public static final int AMQPS_PORT = 5671;

    public BrokerEndpoint {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("RabbitMQ host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("RabbitMQ port out of range: " + port);
        }
    }

    /** A node spoken to in plain AMQP. */
    public static BrokerEndpoint plain(String host, int port) {
        return new BrokerEndpoint(host, port, false);
    }

    Address address() {
        return new Address(host, port);
    }

    /** {@code host:port}, an IPv6 host in brackets; `amqps://` in front when the node is spoken to in TLS. */
    @Override
    public String toString() {
        return (tls ? "amqps://" : "") + hostAndPort(host, port);
    }

    /** The nodes as an operator wrote them: `a:5672, b:5672`. */
    public static String describe(List<BrokerEndpoint> endpoints) {
        return String.join(", ", endpoints.stream().map(BrokerEndpoint::toString).toList());
    }

    /** {@code host:port}, an IPv6 host in brackets. */
    static String hostAndPort(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
