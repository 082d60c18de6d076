package com.ccplatform.webhook.adapter.amqp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;

/**
 * Replaces, in the background, the pool's channels that the broker closed alone (automatic recovery only reopens the
 * channels of a lost connection): one attempt per slot at a time, each a future a publish can wait on. A failed attempt
 * leaves the slot closed, and the next publish passing it starts another.
 */
final class ChannelReopener {

    /** Opens one confirm channel on the pool's connection. */
    interface Opener {
        ConfirmChannel open() throws IOException;
    }

    private final AtomicReferenceArray<ConfirmChannel> channels;
    private final Opener opener;
    private final BooleanSupplier connectionOpen;
    private final Executor executor;
    private final Map<Integer, CompletableFuture<ConfirmChannel>> inFlight = new ConcurrentHashMap<>();
    private volatile String lastFailure;

    ChannelReopener(AtomicReferenceArray<ConfirmChannel> channels, Opener opener, BooleanSupplier connectionOpen,
                    Executor executor) {
        this.channels = channels;
        this.opener = opener;
        this.connectionOpen = connectionOpen;
        this.executor = executor;
    }

    /** Starts replacing {@code closed} in {@code slot} if the broker closed it alone and no attempt is under way. */
    void reopenIfClosedAlone(int slot, ConfirmChannel closed) {
        if (!closed.closedAlone() || !connectionOpen.getAsBoolean()) {
            return;
        }
        CompletableFuture<ConfirmChannel> reopened = new CompletableFuture<>();
        if (inFlight.putIfAbsent(slot, reopened) != null) {
            return;
        }
        try {
            executor.execute(() -> reopen(slot, closed, reopened));
        } catch (RejectedExecutionException e) {
            inFlight.remove(slot, reopened); // the publisher is closing
            reopened.completeExceptionally(e);
        }
    }

    /**
     * Completes with the first channel that is open or being reopened successfully, or fails once every attempt did;
     * null when no channel is open and none is being reopened.
     */
    CompletableFuture<ConfirmChannel> firstOpen() {
        List<CompletableFuture<ConfirmChannel>> candidates = new ArrayList<>();
        for (int slot = 0; slot < channels.length(); slot++) {
            // the attempt first: it puts its channel in the slot before it leaves inFlight, so neither is missed
            CompletableFuture<ConfirmChannel> attempt = inFlight.get(slot);
            ConfirmChannel channel = channels.get(slot);
            if (attempt != null) {
                candidates.add(attempt);
            } else if (channel.isOpen()) {
                return CompletableFuture.completedFuture(channel);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        CompletableFuture<ConfirmChannel> first = new CompletableFuture<>();
        AtomicInteger failures = new AtomicInteger();
        candidates.forEach(candidate -> candidate.whenComplete((channel, failure) -> {
            if (failure == null) {
                first.complete(channel);
            } else if (failures.incrementAndGet() == candidates.size()) {
                first.completeExceptionally(failure);
            }
        }));
        return first;
    }

    /** Why the last attempt failed, as a clause to append to a message; empty when none failed. */
    String lastFailure() {
        String failure = lastFailure;
        return failure == null ? "" : "; the last reopen failed: " + failure;
    }

    private void reopen(int slot, ConfirmChannel closed, CompletableFuture<ConfirmChannel> reopened) {
        try {
            // moot when an earlier attempt replaced it (a publish read the slot before) or recovery reopened it; only
            // attempts write a slot, one per slot at a time
            if (channels.get(slot) == closed && closed.closedAlone()) {
                channels.set(slot, opener.open());
                closed.abandon();
            }
            ConfirmChannel current = channels.get(slot);
            if (!current.isOpen()) {
                throw new IOException("the channel closed again: " + current.state());
            }
            lastFailure = null;
            reopened.complete(current);
        } catch (IOException | RuntimeException e) {
            lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            reopened.completeExceptionally(e);
        } finally {
            inFlight.remove(slot, reopened);
        }
    }
}
