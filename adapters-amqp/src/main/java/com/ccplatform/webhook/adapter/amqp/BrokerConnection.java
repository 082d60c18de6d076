package com.ccplatform.webhook.adapter.amqp;

import com.ccplatform.webhook.application.port.out.PublishFailedException;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's one long-lived connection, to one node of the cluster at a time. The client recovers a connection it
 * once had, to whichever node {@link BrokerAddresses} reaches first; reaching the broker the first time is this
 * class's job, retried in the background so the service can start while RabbitMQ is down.
 */
final class BrokerConnection {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerConnection.class);
    private static final long RETRY_MILLIS = 2_000;

    private final AmqpSettings settings;
    private final OutboundFrames frames;
    private final ConnectionFactory factory;
    private final BrokerAddresses addresses;
    private final ScheduledExecutorService connector;
    private volatile Connection connection;
    private volatile ConfirmChannelPool channels;
    private volatile String state = "not connected yet";
    private volatile boolean blocked;
    private volatile boolean closed;

    BrokerConnection(AmqpSettings settings, Duration heartbeat) {
        this.settings = settings;
        // the write side's twin of the client's heartbeat check: two intervals without the broker taking a byte
        this.frames = new OutboundFrames(heartbeat.multipliedBy(2), () -> blocked);
        this.factory = ConnectionFactories.forSettings(settings, heartbeat, frames);
        this.addresses = new BrokerAddresses(settings.endpoints());
        this.connector = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "amqp-connector");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Connects now or keeps trying in the background; throws at once when the queues exist with other arguments. */
    void start() {
        if (!attempt(true)) {
            connector.schedule(this::retry, RETRY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** The channels to publish on, or a failure saying why publishing is impossible right now. */
    ConfirmChannelPool channels() throws PublishFailedException {
        ConfirmChannelPool pool = channels;
        if (closed) {
            throw new PublishFailedException("RabbitMQ publisher is closed");
        }
        if (pool == null || !connection.isOpen()) {
            throw new PublishFailedException("RabbitMQ is not available: " + state);
        }
        if (blocked) {
            throw new PublishFailedException("RabbitMQ blocked publishing: " + state);
        }
        return pool;
    }

    boolean usable() {
        return !closed && channels != null && connection.isOpen() && !blocked;
    }

    String state() {
        return state;
    }

    /** Stops reconnecting; returns the channels so the caller can wait for their confirms before {@link #close}. */
    ConfirmChannelPool stopConnecting() {
        closed = true;
        connector.shutdownNow();
        return channels;
    }

    void close(long timeoutMillis) {
        stopConnecting();
        Connection open = connection;
        if (open != null) {
            open.abort((int) Math.min(Integer.MAX_VALUE, timeoutMillis));
        }
        state = "closed";
    }

    private void retry() {
        if (!closed && !attempt(false)) {
            connector.schedule(this::retry, RETRY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private boolean attempt(boolean first) {
        Connection opened;
        try {
            opened = factory.newConnection(null, addresses, settings.connectionName());
        } catch (IOException | TimeoutException | RuntimeException e) {
            return failed(first, "cannot connect to " + (settings.endpoints().size() > 1 ? "any of " : "")
                    + BrokerEndpoint.describe(settings.endpoints()) + " (" + describe(e) + ")");
        }
        try {
            Topology.prepare(opened, settings);
            ConfirmChannelPool pool = ConfirmChannelPool.open(opened, settings.channelPoolSize(), frames, connector);
            listenTo(opened);
            connection = opened;
            channels = pool;
            state = "connected to " + node(opened);
            LOG.info("RabbitMQ connected as '{}' to {}; {}", settings.connectionName(), node(opened), settings);
            if (closed) {
                opened.abort();
            }
            return true;
        } catch (AmqpTopologyException e) {
            opened.abort();
            if (first) {
                state = e.getMessage();
                throw e;
            }
            return failed(false, e.getMessage());
        } catch (IOException | TimeoutException | RuntimeException e) {
            opened.abort();
            return failed(first, "connected but could not declare the queues or open channels (" + describe(e) + ")");
        }
    }

    private boolean failed(boolean first, String why) {
        state = why;
        if (first) {
            LOG.warn("RabbitMQ {}; publishing fails until it succeeds, retrying every {} ms", why, RETRY_MILLIS);
        }
        return false;
    }

    private static String describe(Exception e) {
        Throwable cause = e.getMessage() == null && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** The node a connection is open to now: `host:port`, or `name:port (ip)` when it was reached by name. */
    private static String node(Connection connection) {
        InetAddress address = connection.getAddress();
        String ip = address.getHostAddress();
        String name = address.toString().substring(0, address.toString().indexOf('/'));
        return BrokerEndpoint.hostAndPort(name.isEmpty() ? ip : name, connection.getPort())
                + (name.isEmpty() ? "" : " (" + ip + ")");
    }

    private void listenTo(Connection opened) {
        opened.addShutdownListener(this::lost);
        opened.addBlockedListener(reason -> {
            blocked = true;
            state = "connection blocked by the broker: " + reason;
            LOG.warn("RabbitMQ {}", state);
        }, () -> {
            blocked = false;
            state = "connected to " + node(opened);
            LOG.info("RabbitMQ unblocked the connection");
        });
        ((Recoverable) opened).addRecoveryListener(new RecoveryListener() {
            @Override
            public void handleRecovery(Recoverable recoverable) {
                redeclare(opened);
                blocked = false;
                state = "connected to " + node(opened) + " (recovered)";
                LOG.info("RabbitMQ connection '{}' recovered to {}", settings.connectionName(), node(opened));
            }

            @Override
            public void handleRecoveryStarted(Recoverable recoverable) {
                LOG.info("RabbitMQ connection '{}' recovering", settings.connectionName());
            }
        });
    }

    private void redeclare(Connection recovered) {
        try {
            Topology.prepare(recovered, settings);
        } catch (IOException | TimeoutException | RuntimeException e) {
            LOG.error("RabbitMQ topology not redeclared after recovery: {}", e.getMessage());
        }
    }

    private void lost(ShutdownSignalException cause) {
        if (!cause.isInitiatedByApplication()) {
            state = "connection lost: " + cause.getMessage();
            LOG.warn("RabbitMQ {}; failing its pending publishes and reconnecting", state);
        }
    }
}
