package com.ccplatform.webhook.bootstrap;

import com.ccplatform.webhook.adapter.amqp.AmqpSettings;
import com.ccplatform.webhook.adapter.amqp.AmqpTrustStore;
import com.ccplatform.webhook.adapter.amqp.BrokerEndpoint;
import com.ccplatform.webhook.adapter.amqp.BrokerEndpoints;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Where events are published: the RabbitMQ nodes of `RABBITMQ_HOST` (one broker or a cluster, plain or TLS), else the
 * embedded broker (no nodes), same queues. The connection is named `SERVICE_NAME@<hostname>` unless
 * `RABBITMQ_CONNECTION_NAME` names it.
 */
public record BrokerConfiguration(List<BrokerEndpoint> endpoints, Optional<AmqpTrustStore> trustStore, String username,
                                  String password, String virtualHost, String outboundQueue, String statusQueue,
                                  String exchange, AmqpSettings.QueueType queueType, boolean declareTopology,
                                  String connectionName) {


    static BrokerConfiguration from(Environment env) {
        return from(env, AmqpSettings::localHostName);
    }

    /** As {@link #from(Environment)}, with {@code hostName} naming this machine (the pod) in the connection name. */
    static BrokerConfiguration from(Environment env, Supplier<String> hostName) {
        String queueType = env.string("RABBITMQ_QUEUE_TYPE", "classic");
        AmqpSettings.QueueType type;
        try {
            type = AmqpSettings.QueueType.parse(queueType);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("RABBITMQ_QUEUE_TYPE must be classic or quorum, got '" + queueType + "'");
        }
        List<BrokerEndpoint> endpoints = endpoints(env);
        String name = env.optional("RABBITMQ_CONNECTION_NAME")
                .orElseGet(() -> ServiceConfiguration.serviceName(env) + "@" + hostName.get());
        return new BrokerConfiguration(endpoints, trustStore(env, endpoints), env.string("RABBITMQ_USERNAME", "guest"),
                env.string("RABBITMQ_PASSWORD", "guest"), env.string("RABBITMQ_VHOST", "/"),
                env.string("OUTBOUND_QUEUE", "outboundQueue"), env.string("STATUS_QUEUE", "statusQueue"),
                env.string("RABBITMQ_EXCHANGE", ""), type, env.bool("RABBITMQ_DECLARE", true), name);
    }

    private static List<BrokerEndpoint> endpoints(Environment env) {
        boolean ssl = env.bool("RABBITMQ_SSL", false);
        Optional<String> hosts = env.optional("RABBITMQ_HOST");
        if (hosts.isEmpty()) {
            if (ssl) {
                throw new ConfigurationException("RABBITMQ_SSL=true needs RABBITMQ_HOST: the embedded broker speaks"
                        + " plain AMQP only");
            }
            return List.of();
        }
        OptionalInt port = env.optional("RABBITMQ_PORT").isEmpty() ? OptionalInt.empty()
                : OptionalInt.of(env.integer("RABBITMQ_PORT", BrokerEndpoint.AMQP_PORT, 1, 65535));
        try {
            return BrokerEndpoints.parse(hosts.get(), port, ssl);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("RABBITMQ_HOST: " + e.getMessage());
        }
    }

    private static Optional<AmqpTrustStore> trustStore(Environment env, List<BrokerEndpoint> endpoints) {
        Optional<String> path = env.optional("RABBITMQ_TRUSTSTORE");
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (endpoints.isEmpty() || !endpoints.get(0).tls()) {
            throw new ConfigurationException("RABBITMQ_TRUSTSTORE is set but RabbitMQ is not spoken to in TLS: set"
                    + " RABBITMQ_SSL=true or give amqps:// addresses in RABBITMQ_HOST");
        }
        try {
            String password = env.string("RABBITMQ_TRUSTSTORE_PASSWORD", "");
            return Optional.of(AmqpTrustStore.load(Path.of(path.get()), password));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("RABBITMQ_TRUSTSTORE: " + e.getMessage());
        }
    }

    boolean embedded() {
        return endpoints.isEmpty();
    }

    /** The configured nodes and how they are trusted, for the start-up banner: `a:5672, b:5672`. */
    String describe() {
        return BrokerEndpoint.describe(endpoints)
                + trustStore.map(store -> " (trusting the CAs in " + store.path() + ")").orElse("");
    }

    /** The adapter's settings for the configured nodes, their order shuffled by {@code random}: replicas spread. */
    AmqpSettings settings(Random random) {
        List<BrokerEndpoint> order = new ArrayList<>(endpoints);
        Collections.shuffle(order, random);
        return adapterSettings(order, trustStore);
    }

    /** The adapter's settings for the embedded broker at this address. */
    AmqpSettings embeddedSettings(String brokerHost, int brokerPort) {
        return adapterSettings(List.of(BrokerEndpoint.plain(brokerHost, brokerPort)), Optional.empty());
    }

    private AmqpSettings adapterSettings(List<BrokerEndpoint> nodes, Optional<AmqpTrustStore> trust) {
        return new AmqpSettings(nodes, trust, username, password, virtualHost, outboundQueue, statusQueue, exchange,
                queueType, declareTopology, 4, connectionName);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "BrokerConfiguration[" + (embedded() ? "embedded" : describe()) + ", user=" + username + ", vhost="
                + virtualHost + ", queues=" + outboundQueue + "/" + statusQueue + ", name=" + connectionName + "]";
    }
}
