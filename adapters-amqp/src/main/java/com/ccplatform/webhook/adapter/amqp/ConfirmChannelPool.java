package com.ccplatform.webhook.adapter.amqp;

import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** A few confirm channels on one connection: a publish takes the first free one, or waits its turn on one. */
final class ConfirmChannelPool {

    private final Connection connection;
    private final OutboundFrames frames;
    private final AtomicReferenceArray<ConfirmChannel> channels;
    private final AtomicInteger next = new AtomicInteger();

    private ConfirmChannelPool(Connection connection, OutboundFrames frames,
                               AtomicReferenceArray<ConfirmChannel> channels) {
        this.connection = connection;
        this.frames = frames;
        this.channels = channels;
    }

    static ConfirmChannelPool open(Connection connection, int size, OutboundFrames frames) throws IOException {
        AtomicReferenceArray<ConfirmChannel> channels = new AtomicReferenceArray<>(size);
        for (int i = 0; i < size; i++) {
            channels.set(i, ConfirmChannel.open(connection, frames));
        }
        return new ConfirmChannelPool(connection, frames, channels);
    }

    /**
     * Sends the message and returns the future its confirm settles; never blocks past {@code deadlineNanos}
     * ({@link System#nanoTime()}).
     */
    CompletableFuture<Void> publish(String exchange, AmqpMessage message, long deadlineNanos) {
        int start = Math.floorMod(next.getAndIncrement(), channels.length());
        for (int i = 0; i < channels.length(); i++) {
            CompletableFuture<Void> confirm = usable((start + i) % channels.length())
                    .tryPublish(exchange, message, deadlineNanos);
            if (confirm != null) {
                return confirm;
            }
        }
        return usable(start).publish(exchange, message, deadlineNanos);
    }

    /** Every confirm still outstanding on any channel. */
    List<CompletableFuture<Void>> outstanding() {
        List<CompletableFuture<Void>> confirms = new ArrayList<>();
        for (int i = 0; i < channels.length(); i++) {
            confirms.addAll(channels.get(i).outstanding());
        }
        return confirms;
    }

    // Connection-level failures are recovered by the client; a channel the broker closed alone is replaced here.
    private ConfirmChannel usable(int slot) {
        ConfirmChannel channel = channels.get(slot);
        if (!channel.closedAlone() || !connection.isOpen()) {
            return channel;
        }
        synchronized (this) {
            channel = channels.get(slot);
            if (channel.closedAlone() && connection.isOpen()) {
                try {
                    channel = ConfirmChannel.open(connection, frames);
                    channels.set(slot, channel);
                } catch (IOException | RuntimeException e) {
                    // keep the closed one: publishing on it fails at once and the next publish tries again
                }
            }
        }
        return channel;
    }
}
