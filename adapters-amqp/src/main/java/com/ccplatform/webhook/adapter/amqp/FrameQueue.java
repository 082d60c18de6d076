package com.ccplatform.webhook.adapter.amqp;

import com.rabbitmq.client.impl.nio.NioQueue;
import com.rabbitmq.client.impl.nio.WriteRequest;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's outbound frames, as amqp-client's NIO mode queues them for its I/O thread. A publish reserves room
 * for all its frames by its deadline or is not sent: the client cannot take back a command it queued in part, nor the
 * publish sequence number it counted, so a half-sent publish leaves the stream or the confirms wrong. A frame that
 * still finds no room in time cuts the connection, for automatic recovery to replace; so does a writer that took
 * nothing for {@code stallLimit} while frames wait and the broker did not say it blocked us (a silent peer and a full
 * socket, which the client's heartbeat check misses: its one I/O thread is then stuck spinning on that socket).
 */
final class FrameQueue implements NioQueue {

    /** A command sent through amqp-client, whose frames land in this queue on the sending thread. */
    interface Send {
        void run() throws IOException;
    }

    /** Room kept for frames sent without a reservation: heartbeats, channel and connection methods. */
    static final int UNRESERVED_ROOM = 100;
    /** A body frame's header and end octet (AMQP 0-9-1 §2.3.5), which frame-max includes. */
    private static final int FRAME_OVERHEAD = 8;
    private static final Logger LOG = LoggerFactory.getLogger(FrameQueue.class);
    private static final ThreadLocal<Reservation> RESERVED = new ThreadLocal<>();

    private final BlockingQueue<WriteRequest> frames;
    private final Semaphore room;
    private final int reservable;
    private final SocketChannel socket;
    private final long unreservedWaitNanos;
    private final long stallNanos;
    private final BooleanSupplier blocked;
    private final AtomicBoolean cut = new AtomicBoolean();
    /** When the I/O thread last took a frame, or a frame came into the empty queue: how long the oldest waited. */
    private volatile long progressNanos = System.nanoTime();

    /** {@code unreservedWait}: how long a frame sent without a reservation waits for room. */
    FrameQueue(SocketChannel socket, int capacity, Duration unreservedWait, Duration stallLimit,
               BooleanSupplier blocked) {
        this.frames = new ArrayBlockingQueue<>(capacity, true);
        this.reservable = Math.max(1, capacity - UNRESERVED_ROOM);
        this.room = new Semaphore(reservable, true);
        this.socket = socket;
        this.unreservedWaitNanos = unreservedWait.toNanos();
        this.stallNanos = stallLimit.toNanos();
        this.blocked = blocked;
    }

    /** How many frames amqp-client makes of a publish with a body of {@code bodyLength} bytes. */
    static int publishFrames(int bodyLength, int frameMax) {
        int perFrame = frameMax > FRAME_OVERHEAD ? frameMax - FRAME_OVERHEAD : Math.max(1, bodyLength);
        return 2 + (bodyLength + perFrame - 1) / perFrame;
    }

    /**
     * Sends a command of {@code frameCount} frames once there is room for all of them; false, with nothing sent, when
     * there is none by {@code deadlineNanos} ({@link System#nanoTime()}) or the connection was cut.
     */
    boolean send(int frameCount, long deadlineNanos, Send send) throws IOException {
        int wanted = Math.min(frameCount, reservable);
        if (!reserve(wanted, deadlineNanos)) {
            return false;
        }
        Reservation reservation = new Reservation(this, wanted, deadlineNanos);
        RESERVED.set(reservation);
        try {
            send.run();
            return true;
        } finally {
            RESERVED.remove();
            room.release(reservation.left);
        }
    }

    private boolean reserve(int wanted, long deadlineNanos) {
        try {
            long now = System.nanoTime();
            if (!cutIfStalled(now) && room.tryAcquire(wanted, deadlineNanos - now, TimeUnit.NANOSECONDS)) {
                if (!cut.get()) {
                    return true;
                }
                room.release(wanted);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public boolean offer(WriteRequest request) throws InterruptedException {
        long now = System.nanoTime();
        if (cutIfStalled(now)) {
            return false;
        }
        boolean wasEmpty = frames.isEmpty();
        WriteRequest frame = request;
        long waitNanos = unreservedWaitNanos;
        Reservation reservation = RESERVED.get();
        if (reservation != null && reservation.queue == this) {
            waitNanos = reservation.deadlineNanos - now;
            if (reservation.left > 0) {
                reservation.left--;
                frame = new Reserved(request);
            }
        }
        try {
            if (frames.offer(frame) || frames.offer(frame, waitNanos, TimeUnit.NANOSECONDS)) {
                if (wasEmpty) {
                    progressNanos = now;
                }
                return true;
            }
        } catch (InterruptedException e) {
            // amqp-client drops the frame and carries on: the command is then half sent
            cutConnection("interrupted while queuing a frame");
            throw e;
        }
        cutConnection("a frame found no room in the write queue for "
                + TimeUnit.NANOSECONDS.toMillis(Math.max(0, waitNanos)) + " ms");
        return false;
    }

    @Override
    public WriteRequest poll() {
        WriteRequest frame = frames.poll();
        if (frame != null) {
            progressNanos = System.nanoTime();
        }
        if (frame instanceof Reserved reserved) {
            room.release();
            return reserved.frame();
        }
        return frame;
    }

    @Override
    public int size() {
        return frames.size();
    }

    @Override
    public boolean isEmpty() {
        return frames.isEmpty();
    }

    private boolean cutIfStalled(long now) {
        long waited = now - progressNanos;
        if (!cut.get() && waited > stallNanos && !frames.isEmpty() && !blocked.getAsBoolean()) {
            cutConnection("the broker took no data for " + TimeUnit.NANOSECONDS.toMillis(waited) + " ms");
        }
        return cut.get();
    }

    // Shut down, not closed: the client's I/O thread then fails on the socket (a read at EOF, or a write it was stuck
    // in) and reports the connection lost, which starts recovery. A closed channel would just leave its selector.
    private void cutConnection(String why) {
        if (!cut.compareAndSet(false, true)) {
            return;
        }
        LOG.warn("RabbitMQ connection cut: {}; recovery reconnects", why);
        try {
            socket.shutdownOutput();
        } catch (IOException e) {
            // already shut or closed by the client
        }
        try {
            socket.shutdownInput();
        } catch (IOException e) {
            // already shut or closed by the client
        }
        frames.clear();
        room.release(reservable); // publishers waiting for room find the queue cut
    }

    /** Room a sending thread holds in one queue: {@code left} frames, until {@code deadlineNanos}. */
    private static final class Reservation {
        final FrameQueue queue;
        final long deadlineNanos;
        int left;

        Reservation(FrameQueue queue, int left, long deadlineNanos) {
            this.queue = queue;
            this.left = left;
            this.deadlineNanos = deadlineNanos;
        }
    }

    /** A frame queued in reserved room, which it gives back when the I/O thread takes it. */
    private record Reserved(WriteRequest frame) implements WriteRequest {
        @Override
        public void handle(DataOutputStream out) throws IOException {
            frame.handle(out);
        }
    }
}
