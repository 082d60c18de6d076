package com.ccplatform.webhook.adapter.amqp;

import com.ccplatform.webhook.application.port.out.PublishFailedException;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;

/**
 * A few confirm channels on one connection: a publish takes the first free open one, or waits its turn on one. A
 * channel the broker closed is reopened in the background (an RPC, which could take the RPC timeout) and passed over
 * meanwhile; with every channel closed, a publish waits by its deadline for the first reopen to succeed.
 */
final class ConfirmChannelPool {

    private final AtomicReferenceArray<ConfirmChannel> channels;
    private final ChannelReopener reopener;
    private final AtomicInteger next = new AtomicInteger();

    private ConfirmChannelPool(AtomicReferenceArray<ConfirmChannel> channels, ChannelReopener reopener) {
        this.channels = channels;
        this.reopener = reopener;
    }

    static ConfirmChannelPool open(Connection connection, int size, OutboundFrames frames, Executor reopener)
            throws IOException {
        return open(size, () -> ConfirmChannel.open(connection, frames), connection::isOpen, reopener);
    }

    /**
     * A pool of {@code size} channels from {@code opener}, which also reopens them on {@code reopener} while
     * {@code connectionOpen} holds (the client recovers the channels of a lost connection itself).
     */
    static ConfirmChannelPool open(int size, ChannelReopener.Opener opener, BooleanSupplier connectionOpen,
                                   Executor reopener) throws IOException {
        AtomicReferenceArray<ConfirmChannel> channels = new AtomicReferenceArray<>(size);
        for (int i = 0; i < size; i++) {
            channels.set(i, opener.open());
        }
        return new ConfirmChannelPool(channels, new ChannelReopener(channels, opener, connectionOpen, reopener));
    }

    /**
     * Sends the message and returns the future its confirm settles; never blocks past {@code deadlineNanos}
     * ({@link System#nanoTime()}).
     */
    CompletableFuture<Void> publish(String exchange, AmqpMessage message, long deadlineNanos) {
        int start = Math.floorMod(next.getAndIncrement(), channels.length());
        ConfirmChannel busy = null;
        for (int i = 0; i < channels.length(); i++) {
            int slot = (start + i) % channels.length();
            ConfirmChannel channel = channels.get(slot);
            if (!channel.isOpen()) {
                reopener.reopenIfClosedAlone(slot, channel);
                continue;
            }
            CompletableFuture<Void> confirm = channel.tryPublish(exchange, message, deadlineNanos);
            if (confirm != null) {
                return confirm;
            }
            if (busy == null && channel.isOpen()) {
                busy = channel;
            }
        }
        if (busy != null) {
            return busy.publish(exchange, message, deadlineNanos); // every open channel is busy: wait for one
        }
        return publishOnReopened(exchange, message, deadlineNanos, channels.get(start));
    }

    /** Every confirm still outstanding on any channel. */
    List<CompletableFuture<Void>> outstanding() {
        List<CompletableFuture<Void>> confirms = new ArrayList<>();
        for (int i = 0; i < channels.length(); i++) {
            confirms.addAll(channels.get(i).outstanding());
        }
        return confirms;
    }

    // Every channel is closed: a reopen in flight (or just done) may give one before the deadline; else fail at once.
    private CompletableFuture<Void> publishOnReopened(String exchange, AmqpMessage message, long deadlineNanos,
                                                      ConfirmChannel closed) {
        CompletableFuture<ConfirmChannel> reopened = reopener.firstOpen();
        if (reopened == null) {
            return failed("RabbitMQ has no open channel (" + closed.state() + ")" + reopener.lastFailure());
        }
        try {
            ConfirmChannel channel = reopened.get(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
            return channel.publish(exchange, message, deadlineNanos);
        } catch (TimeoutException e) {
            return failed("RabbitMQ had every channel closed and reopened none before the deadline ("
                    + closed.state() + ")");
        } catch (ExecutionException e) {
            return failed("RabbitMQ had every channel closed and could not reopen one: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted while waiting for a channel to reopen");
        }
    }

    private static CompletableFuture<Void> failed(String reason) {
        return CompletableFuture.failedFuture(new PublishFailedException(reason));
    }
}
