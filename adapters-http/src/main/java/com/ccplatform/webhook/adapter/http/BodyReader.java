package com.ccplatform.webhook.adapter.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads one webhook body as its bytes arrive, without a thread waiting for them: Jetty calls back when more is there.
 * Bytes are kept only once the body's reservation in the {@link BodyBudget} holds; buffers grow with what arrives,
 * never from a declared length. Ends in exactly one of: the whole body, or a refusal (408 deadline, 413 over the cap,
 * 503 no budget, 400 a broken body). A refused oversized body is read and dropped for a moment first (at most
 * {@link #LINGER_BYTES}, until {@link #LINGER_QUIET} passes without bytes), so a client still writing reads the 413
 * instead of a reset connection.
 */
final class BodyReader implements Invocable.Task {

    /** Where the reader's one ending goes. */
    interface Ending {
        /** The whole body; {@code inCallback} says the caller is Jetty's I/O callback, which must not block. */
        void body(byte[] body, boolean inCallback);

        void refused(WebhookReply reply);
    }

    static final long LINGER_BYTES = 1024 * 1024;
    static final Duration LINGER_QUIET = Duration.ofMillis(50);

    private enum State { READING, DISCARDING, ENDED }

    private final Request request;
    private final BodyBudget budget;
    private final long cap;
    private final Ending ending;
    private final Scheduler scheduler;
    private final List<byte[]> segments = new ArrayList<>();
    // guarded by this
    private State state = State.READING;
    private long received;
    private long reserved;
    private long discarded;
    private Scheduler.Task deadlineTimer;
    private Scheduler.Task quietTimer;

    BodyReader(Request request, BodyBudget budget, long cap, Ending ending) {
        this.request = request;
        this.budget = budget;
        this.cap = cap;
        this.ending = ending;
        this.scheduler = request.getComponents().getScheduler();
    }

    /** Starts reading; the body must all arrive within {@code timeLeft}. */
    void start(Duration timeLeft) {
        synchronized (this) {
            deadlineTimer = scheduler.schedule(this::deadlinePassed, Math.max(1, timeLeft.toNanos()),
                    TimeUnit.NANOSECONDS);
            if (request.getLength() > cap) {
                startDiscarding();
            }
        }
        read(false);
    }

    /** What this body holds of the budget; the intake gives it back once the answer is out. */
    synchronized long reservedBytes() {
        return reserved;
    }

    @Override
    public void run() {
        read(true);
    }

    @Override
    public InvocationType getInvocationType() {
        // reading and copying never blocks; the body itself is handed on through the server's executor
        return InvocationType.NON_BLOCKING;
    }

    private void read(boolean inCallback) {
        while (true) {
            if (ended()) {
                return; // answered already (deadline, refusal): no more reading, no more demand
            }
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            Object step;
            try {
                step = take(chunk);
            } finally {
                chunk.release();
            }
            if (step == State.READING || step == State.DISCARDING) {
                continue;
            }
            if (step instanceof byte[] body) {
                ending.body(body, inCallback);
            } else if (step instanceof WebhookReply reply) {
                ending.refused(reply);
            }
            return;
        }
    }

    private synchronized boolean ended() {
        return state == State.ENDED;
    }

    /** One chunk's effect: keep reading (the state), the whole body, a refusal, or {@link State#ENDED} to stop. */
    private synchronized Object take(Content.Chunk chunk) {
        if (state == State.ENDED) {
            return State.ENDED;
        }
        if (Content.Chunk.isFailure(chunk)) {
            return end(chunk.getFailure() instanceof TimeoutException ? WebhookReply.REQUEST_TIMEOUT
                    : state == State.DISCARDING ? WebhookReply.TOO_LARGE : WebhookReply.INVALID_JSON);
        }
        ByteBuffer bytes = chunk.getByteBuffer();
        int length = bytes.remaining();
        if (state == State.DISCARDING) {
            return discard(length, chunk.isLast());
        }
        if (received + length > cap) {
            startDiscarding();
            return discard(length, chunk.isLast());
        }
        if (length > 0) {
            if (!reserveFor(length)) {
                return end(WebhookReply.BODY_BUDGET_SPENT);
            }
            byte[] segment = new byte[length];
            bytes.get(segment);
            segments.add(segment);
            received += length;
        }
        return chunk.isLast() ? endWithBody() : State.READING;
    }

    /** A body with a Content-Length reserves all of it with its first bytes; a chunked one reserves as it grows. */
    private boolean reserveFor(int length) {
        long declared = request.getLength();
        long wanted = declared >= 0 ? (reserved == 0 ? declared : 0) : length;
        if (!budget.tryReserve(wanted)) {
            return false;
        }
        reserved += wanted;
        return true;
    }

    private Object endWithBody() {
        byte[] body;
        if (segments.size() == 1) {
            body = segments.get(0);
        } else {
            body = new byte[(int) received];
            int at = 0;
            for (byte[] segment : segments) {
                System.arraycopy(segment, 0, body, at, segment.length);
                at += segment.length;
            }
        }
        segments.clear();
        cancelTimers();
        state = State.ENDED;
        return body;
    }

    private void startDiscarding() {
        state = State.DISCARDING;
        segments.clear();
        budget.release(reserved);
        reserved = 0;
        restartQuietTimer();
    }

    private Object discard(int length, boolean last) {
        discarded += length;
        if (last || discarded >= LINGER_BYTES) {
            return end(WebhookReply.TOO_LARGE);
        }
        restartQuietTimer();
        return State.DISCARDING;
    }

    private void restartQuietTimer() {
        if (quietTimer != null) {
            quietTimer.cancel();
        }
        quietTimer = scheduler.schedule(this::quiet, LINGER_QUIET.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void quiet() {
        WebhookReply reply;
        synchronized (this) {
            if (state != State.DISCARDING) {
                return;
            }
            reply = end(WebhookReply.TOO_LARGE);
        }
        ending.refused(reply);
    }

    private void deadlinePassed() {
        WebhookReply reply;
        synchronized (this) {
            if (state == State.ENDED) {
                return;
            }
            reply = end(state == State.DISCARDING ? WebhookReply.TOO_LARGE : WebhookReply.REQUEST_TIMEOUT);
        }
        ending.refused(reply);
    }

    private WebhookReply end(WebhookReply reply) {
        state = State.ENDED;
        segments.clear();
        cancelTimers();
        return reply;
    }

    private void cancelTimers() {
        if (deadlineTimer != null) {
            deadlineTimer.cancel();
        }
        if (quietTimer != null) {
            quietTimer.cancel();
        }
    }
}
