package com.ccplatform.webhook.adapter.amqp;

import com.rabbitmq.client.ConnectionFactory;
import java.time.Duration;

/** How the service's connection is made: recovery on, heartbeats, and timeouts well under a webhook's deadline. */
final class ConnectionFactories {

    static final Duration HEARTBEAT = Duration.ofSeconds(20);
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    static final int RPC_TIMEOUT_MILLIS = 10_000;
    static final long RECOVERY_INTERVAL_MILLIS = 2_000;

    private ConnectionFactories() {
    }

    static ConnectionFactory forSettings(AmqpSettings settings, Duration heartbeat, OutboundFrames frames) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(settings.host());
        factory.setPort(settings.port());
        factory.setUsername(settings.username());
        factory.setPassword(settings.password());
        factory.setVirtualHost(settings.virtualHost());
        factory.setAutomaticRecoveryEnabled(true);
        // the client would redeclare on the channel that declared, which is closed: BrokerConnection redeclares
        factory.setTopologyRecoveryEnabled(false);
        factory.setNetworkRecoveryInterval(RECOVERY_INTERVAL_MILLIS);
        factory.setRequestedHeartbeat((int) heartbeat.toSeconds());
        factory.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        factory.setHandshakeTimeout(CONNECT_TIMEOUT_MILLIS);
        factory.setChannelRpcTimeout(RPC_TIMEOUT_MILLIS);
        // NIO: one I/O thread writes every channel's frames in batches; the write queue is ours (see FrameQueue)
        factory.setNioParams(frames.nioParams());
        factory.useNio();
        return factory;
    }
}
