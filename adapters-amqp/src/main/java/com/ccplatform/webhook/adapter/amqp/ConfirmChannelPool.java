package com.ccplatform.webhook.adapter.amqp;

import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A few confirm channels on one connection: a publish takes the first free open one, or waits its turn on one. A
 * channel the broker closed is reopened in the background (an RPC, which could take the RPC timeout) and passed over
 * meanwhile.
 */
final class ConfirmChannelPool {

    private final Connection connection;
    private final OutboundFrames frames;
    private final Executor reopener;
    private final AtomicReferenceArray<ConfirmChannel> channels;
    private final Set<Integer> reopening = ConcurrentHashMap.newKeySet();
    private final AtomicInteger next = new AtomicInteger();

    private ConfirmChannelPool(Connection connection, OutboundFrames frames, Executor reopener,
                               AtomicReferenceArray<ConfirmChannel> channels) {
        this.connection = connection;
        this.frames = frames;
        this.reopener = reopener;
        this.channels = channels;
    }

    static ConfirmChannelPool open(Connection connection, int size, OutboundFrames frames, Executor reopener)
            throws IOException {
        AtomicReferenceArray<ConfirmChannel> channels = new AtomicReferenceArray<>(size);
        for (int i = 0; i < size; i++) {
            channels.set(i, ConfirmChannel.open(connection, frames));
        }
        return new ConfirmChannelPool(connection, frames, reopener, channels);
    }

    /**
     * Sends the message and returns the future its confirm settles; never blocks past {@code deadlineNanos}
     * ({@link System#nanoTime()}).
     */
    CompletableFuture<Void> publish(String exchange, AmqpMessage message, long deadlineNanos) {
        int start = Math.floorMod(next.getAndIncrement(), channels.length());
        int waitOn = -1;
        for (int i = 0; i < channels.length(); i++) {
            int slot = (start + i) % channels.length();
            ConfirmChannel channel = usable(slot);
            if (channel == null) {
                continue;
            }
            CompletableFuture<Void> confirm = channel.tryPublish(exchange, message, deadlineNanos);
            if (confirm != null) {
                return confirm;
            }
            waitOn = waitOn < 0 ? slot : waitOn;
        }
        // every open channel is busy: wait for one; with none open, publishing on a closed one fails at once
        return channels.get(waitOn < 0 ? start : waitOn).publish(exchange, message, deadlineNanos);
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
        if (!channel.closedAlone()) {
            return channel;
        }
        if (connection.isOpen() && reopening.add(slot)) {
            try {
                reopener.execute(() -> reopen(slot, channel));
            } catch (RejectedExecutionException e) {
                reopening.remove(slot); // the publisher is closing
            }
        }
        return null;
    }

    private void reopen(int slot, ConfirmChannel closed) {
        try {
            channels.compareAndSet(slot, closed, ConfirmChannel.open(connection, frames));
        } catch (IOException | RuntimeException e) {
            // keep the closed one: the next publish passing this slot tries again
        } finally {
            reopening.remove(slot);
        }
    }
}
