package com.ccplatform.webhook.adapter.amqp;

import com.ccplatform.webhook.application.port.out.PublishFailedException;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Return;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One channel in confirm mode shared by many callers: each publish gets its own future, settled by the broker's
 * ack, nack or return for that message, or failed at once when the channel shuts down.
 */
final class ConfirmChannel {

    /** A publish waiting for its confirm; the message id finds it when the broker returns the message. */
    private record Pending(String messageId, CompletableFuture<Void> confirm) {
    }

    private final Channel channel;
    private final OutboundFrames frames;
    private final ReentrantLock lock = new ReentrantLock();
    // Replaced on every shutdown: after recovery sequence numbers restart at 1 and must not meet old publishes.
    private volatile ConcurrentNavigableMap<Long, Pending> pending = new ConcurrentSkipListMap<>();

    private ConfirmChannel(Channel channel, OutboundFrames frames) {
        this.channel = channel;
        this.frames = frames;
    }

    static ConfirmChannel open(Connection connection, OutboundFrames frames) throws IOException {
        Channel channel = connection.createChannel();
        if (channel == null) {
            throw new IOException("the broker has no channel left for this connection");
        }
        ConfirmChannel confirmChannel = new ConfirmChannel(channel, frames);
        channel.addConfirmListener(confirmChannel::acked, confirmChannel::nacked);
        channel.addReturnListener(confirmChannel::returned);
        channel.addShutdownListener(confirmChannel::shutDown);
        channel.confirmSelect();
        return confirmChannel;
    }

    boolean isOpen() {
        return channel.isOpen();
    }

    /**
     * True while the broker has this channel closed for a channel error, its connection being fine: only a reopen
     * brings it back. Read from the client's own state, which it sets before it tells any shutdown listener.
     */
    boolean closedAlone() {
        ShutdownSignalException reason = channel.getCloseReason();
        return reason != null && !reason.isHardError() && !reason.isInitiatedByApplication();
    }

    /** Why the channel is closed, or "open". */
    String state() {
        ShutdownSignalException reason = channel.getCloseReason();
        return reason == null ? "open" : reason.getMessage();
    }

    /**
     * Lets go of this closed channel once another replaced it: the client keeps every channel not closed by the
     * application and would reopen it, unused, each time it recovers the connection.
     */
    void abandon() {
        try {
            channel.abort();
        } catch (IOException | RuntimeException e) {
            // closed already: abort only has the client forget it
        }
    }

    /** Publishes now if this channel is open and no other caller holds it; null when it is busy or closed. */
    CompletableFuture<Void> tryPublish(String exchange, AmqpMessage message, long deadlineNanos) {
        if (!lock.tryLock()) {
            return null;
        }
        try {
            return send(exchange, message, deadlineNanos);
        } finally {
            lock.unlock();
        }
    }

    /** Publishes once this channel is free, waiting for it no later than {@code deadlineNanos}. */
    CompletableFuture<Void> publish(String exchange, AmqpMessage message, long deadlineNanos) {
        try {
            if (!lock.tryLock(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                return failed("no channel became free before the deadline");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted while waiting for a channel");
        }
        try {
            CompletableFuture<Void> confirm = send(exchange, message, deadlineNanos);
            return confirm != null ? confirm : failed("RabbitMQ channel closed while waiting for it: " + state());
        } finally {
            lock.unlock();
        }
    }

    /** Every confirm still outstanding on this channel. */
    List<CompletableFuture<Void>> outstanding() {
        List<CompletableFuture<Void>> confirms = new ArrayList<>();
        pending.values().forEach(p -> confirms.add(p.confirm()));
        return confirms;
    }

    // null when the channel is closed: the client sent nothing, so another channel may take the message
    private CompletableFuture<Void> send(String exchange, AmqpMessage message, long deadlineNanos) {
        ConcurrentNavigableMap<Long, Pending> generation = pending;
        CompletableFuture<Void> confirm = new CompletableFuture<>();
        long sequence = channel.getNextPublishSeqNo();
        generation.put(sequence, new Pending(message.messageId(), confirm));
        boolean sent;
        try {
            sent = frames.send(FrameQueue.publishFrames(message.body().length, channel.getConnection().getFrameMax()),
                    deadlineNanos, () -> channel.basicPublish(exchange, message.routingKey(), true,
                            message.properties(), message.body()));
        } catch (AlreadyClosedException e) {
            generation.remove(sequence);
            return null;
        } catch (IOException | RuntimeException e) {
            generation.remove(sequence);
            confirm.completeExceptionally(new PublishFailedException("RabbitMQ publish failed: " + e.getMessage(), e));
            return confirm;
        }
        if (!sent) {
            generation.remove(sequence);
            confirm.completeExceptionally(new PublishFailedException(
                    "RabbitMQ took no more data before the deadline: the connection's write queue stayed full"));
            return confirm;
        }
        if (pending != generation) {
            confirm.completeExceptionally(new PublishFailedException("RabbitMQ channel closed while publishing"));
        }
        return confirm;
    }

    private void acked(long sequence, boolean multiple) {
        settle(sequence, multiple, null);
    }

    private void nacked(long sequence, boolean multiple) {
        settle(sequence, multiple, "RabbitMQ nacked the message (the broker could not take responsibility for it)");
    }

    private void settle(long sequence, boolean multiple, String failure) {
        ConcurrentNavigableMap<Long, Pending> settled = multiple
                ? pending.headMap(sequence, true)
                : pending.subMap(sequence, true, sequence, true);
        for (Map.Entry<Long, Pending> entry : settled.entrySet()) {
            CompletableFuture<Void> confirm = entry.getValue().confirm();
            if (failure == null) {
                confirm.complete(null);
            } else {
                confirm.completeExceptionally(new PublishFailedException(failure));
            }
        }
        settled.clear();
    }

    // The broker returns an unroutable message before it acks it, so the earliest unsettled publish with that id is it.
    private void returned(Return returned) {
        String messageId = returned.getProperties().getMessageId();
        for (Pending candidate : pending.values()) {
            if (!candidate.confirm().isDone() && candidate.messageId().equals(messageId)) {
                candidate.confirm().completeExceptionally(new PublishFailedException("RabbitMQ returned the message as"
                        + " unroutable (" + returned.getReplyCode() + " " + returned.getReplyText() + ", routing key '"
                        + returned.getRoutingKey() + "'): the queue does not exist or is not bound"));
                return;
            }
        }
    }

    private void shutDown(ShutdownSignalException cause) {
        ConcurrentNavigableMap<Long, Pending> lost = pending;
        pending = new ConcurrentSkipListMap<>();
        PublishFailedException failure = new PublishFailedException(
                "RabbitMQ channel closed before the confirm: " + cause.getMessage());
        lost.values().forEach(p -> p.confirm().completeExceptionally(failure));
        lost.clear();
    }

    private static CompletableFuture<Void> failed(String reason) {
        return CompletableFuture.failedFuture(new PublishFailedException(reason));
    }
}
