package com.ccplatform.webhook.adapter.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads one webhook body as its bytes arrive, without a thread waiting for them: Jetty calls back when more is there.
 * Bytes are kept ({@link BodyBytes}) only once the body's reservation in the {@link BodyBudget} holds; buffers grow
 * with what arrives, never from a declared length. Ends in exactly one of: the whole body, or a refusal (408 deadline, 413 over the cap,
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
    private final long cap;
    private final Ending ending;
    private final Scheduler scheduler;
    // guarded by this
    private final BodyBytes bytes;
    private State state = State.READING;
    private long discarded;
    private Scheduler.Task deadlineTimer;
    private Scheduler.Task quietTimer;

    BodyReader(Request request, BodyBudget budget, long cap, Ending ending) {
        this.request = request;
        this.bytes = new BodyBytes(budget, request.getLength());
        this.cap = cap;
        this.ending = ending;
        this.scheduler = request.getComponents().getScheduler();
    }

    /**
     * Starts reading; the body must all arrive within {@code timeLeft}. A webhook's body nearly always comes with its
     * headers: it is read at once, and the deadline's timer is set only when some of it is still to come.
     */
    void start(Duration timeLeft) {
        long startedAt = System.nanoTime();
        synchronized (this) {
            if (request.getLength() > cap) {
                startDiscarding();
            }
        }
        read(false);
        synchronized (this) {
            if (state != State.ENDED) {
                long left = timeLeft.toNanos() - (System.nanoTime() - startedAt);
                deadlineTimer = scheduler.schedule(this::deadlinePassed, Math.max(1, left), TimeUnit.NANOSECONDS);
            }
        }
    }

    /** What this body holds of the budget; the intake gives it back once the answer is out. */
    synchronized long reservedBytes() {
        return bytes.reserved();
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
        ByteBuffer content = chunk.getByteBuffer();
        if (state == State.DISCARDING) {
            return discard(content.remaining(), chunk.isLast());
        }
        if (bytes.received() + content.remaining() > cap) {
            startDiscarding();
            return discard(content.remaining(), chunk.isLast());
        }
        if (!bytes.add(content)) {
            return end(WebhookReply.BODY_BUDGET_SPENT);
        }
        if (!chunk.isLast()) {
            return State.READING;
        }
        cancelTimers();
        state = State.ENDED;
        return bytes.whole();
    }

    private void startDiscarding() {
        state = State.DISCARDING;
        bytes.giveBack();
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
        bytes.drop();
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
