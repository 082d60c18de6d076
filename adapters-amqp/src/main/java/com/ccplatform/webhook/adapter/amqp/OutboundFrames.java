package com.ccplatform.webhook.adapter.amqp;

import com.rabbitmq.client.SocketChannelConfigurators;
import com.rabbitmq.client.impl.nio.NioParams;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The write side of the service's connection: gives each new connection (the first and every recovered one) a
 * {@link FrameQueue} on its own socket, and sends publishes through the current one.
 */
final class OutboundFrames {

    // amqp-client configures the socket, then makes the write queue, on the same thread, for each connection
    private final ThreadLocal<SocketChannel> opening = new ThreadLocal<>();
    private final Duration stallLimit;
    private final BooleanSupplier blocked;
    private volatile FrameQueue current;

    /** See {@link FrameQueue} for {@code stallLimit} and {@code blocked}. */
    OutboundFrames(Duration stallLimit, BooleanSupplier blocked) {
        this.stallLimit = stallLimit;
        this.blocked = blocked;
    }

    /** NIO settings whose write queues are this class's. */
    NioParams nioParams() {
        NioParams params = new NioParams().setWriteQueueFactory(context -> {
            NioParams nio = context.getNioParams();
            FrameQueue queue = new FrameQueue(opening.get(), nio.getWriteQueueCapacity(),
                    Duration.ofMillis(nio.getWriteEnqueuingTimeoutInMs()), stallLimit, blocked);
            opening.remove();
            current = queue;
            return queue;
        });
        params.setSocketChannelConfigurator(socket -> {
            SocketChannelConfigurators.defaultConfigurator().configure(socket);
            opening.set(socket);
        });
        return params;
    }

    /** {@link FrameQueue#send} on the current connection's queue. */
    boolean send(int frameCount, long deadlineNanos, FrameQueue.Send send) throws IOException {
        return current.send(frameCount, deadlineNanos, send);
    }
}
