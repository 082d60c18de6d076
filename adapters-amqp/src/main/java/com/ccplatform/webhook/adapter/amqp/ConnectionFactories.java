package com.ccplatform.webhook.adapter.amqp;

import com.rabbitmq.client.ConnectionFactory;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * How the service's connection is made: recovery on, heartbeats, timeouts well under a webhook's deadline, and TLS
 * with the node's host name verified when the settings ask for TLS. Which node it goes to is {@link BrokerAddresses}'.
 */
final class ConnectionFactories {

    static final Duration HEARTBEAT = Duration.ofSeconds(20);
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    static final int RPC_TIMEOUT_MILLIS = 10_000;
    static final long RECOVERY_INTERVAL_MILLIS = 2_000;
    /** The wait before recovery's first attempt: short, as another node of a cluster is usually up at once. */
    static final long FIRST_RECOVERY_MILLIS = 200;

    private ConnectionFactories() {
    }

    static ConnectionFactory forSettings(AmqpSettings settings, Duration heartbeat, OutboundFrames frames) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUsername(settings.username());
        factory.setPassword(settings.password());
        factory.setVirtualHost(settings.virtualHost());
        factory.setAutomaticRecoveryEnabled(true);
        // the client would redeclare on the channel that declared, which is closed: BrokerConnection redeclares
        factory.setTopologyRecoveryEnabled(false);
        // every 503 of a failover falls in the wait before the first attempt; later attempts keep the 2 s cadence
        factory.setRecoveryDelayHandler(attempt -> attempt == 0 ? FIRST_RECOVERY_MILLIS : RECOVERY_INTERVAL_MILLIS);
        factory.setRequestedHeartbeat((int) heartbeat.toSeconds());
        factory.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        factory.setHandshakeTimeout(CONNECT_TIMEOUT_MILLIS);
        factory.setChannelRpcTimeout(RPC_TIMEOUT_MILLIS);
        // NIO: one I/O thread writes every channel's frames in batches; the write queue is ours (see FrameQueue)
        factory.setNioParams(frames.nioParams());
        factory.useNio();
        if (settings.tls()) {
            factory.useSslProtocol(tlsContext(settings));
            // after setNioParams: it marks the NIO parameters, which setNioParams would replace
            factory.enableHostnameVerification();
        }
        return factory;
    }

    /** TLS trusting the trust store's CAs, else the JVM's (`javax.net.ssl.trustStore`, else its `cacerts`). */
    private static SSLContext tlsContext(AmqpSettings settings) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(settings.trustStore().map(AmqpTrustStore::keyStore).orElse((KeyStore) null));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS for RabbitMQ cannot be set up: " + e.getMessage(), e);
        }
    }
}
