package com.ccplatform.webhook.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.impl.nio.WriteRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The write queue's rules on a real loopback socket, with no I/O thread taking frames unless a test does. */
class FrameQueueTest {

    private static final int CAPACITY = FrameQueue.UNRESERVED_ROOM + 3;
    private static final WriteRequest FRAME = out -> { };

    private final AtomicBoolean blocked = new AtomicBoolean();
    private ServerSocketChannel server;
    private SocketChannel client;
    private SocketChannel peer;

    @BeforeEach
    void connect() throws Exception {
        server = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = SocketChannel.open(server.getLocalAddress());
        peer = server.accept();
    }

    @AfterEach
    void close() throws Exception {
        client.close();
        peer.close();
        server.close();
    }

    @Test
    void aPublishWithNoRoomForAllItsFramesByItsDeadlineSendsNothingAndKeepsTheConnection() throws Exception {
        FrameQueue queue = queue(Duration.ofSeconds(30));
        assertThat(queue.send(3, inMillis(1_000), () -> offerFrames(queue, 3))).isTrue();

        long started = System.nanoTime();
        AtomicBoolean ran = new AtomicBoolean();
        assertThat(queue.send(1, inMillis(200), () -> ran.set(true))).isFalse();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(150),
                Duration.ofSeconds(1));
        assertThat(ran).isFalse();
        assertThat(queue.poll()).isSameAs(FRAME);
        assertThat(queue.send(1, inMillis(200), () -> offerFrames(queue, 1))).as("room again once a frame left")
                .isTrue();
        assertThat(peerSeesEndOfStream()).isFalse();
    }

    @Test
    void aFrameThatFindsNoRoomCutsTheConnection() throws Exception {
        FrameQueue queue = queue(Duration.ofSeconds(30));
        for (int i = 0; i < CAPACITY; i++) {
            assertThat(queue.offer(FRAME)).isTrue();
        }

        assertThatThrownBy(() -> queue.send(3, inMillis(300), () -> offerFrames(queue, 4)))
                .hasMessageContaining("refused");

        assertThat(peerSeesEndOfStream()).isTrue();
        assertThat(queue.offer(FRAME)).as("a cut queue takes nothing more").isFalse();
        assertThat(queue.send(1, inMillis(1_000), () -> { })).isFalse();
    }

    @Test
    void aSenderInterruptedWhileWaitingForRoomCutsTheConnection() throws Exception {
        FrameQueue queue = queue(Duration.ofSeconds(30));
        for (int i = 0; i < CAPACITY; i++) {
            queue.offer(FRAME);
        }
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> queue.offer(FRAME)).isInstanceOf(InterruptedException.class);

        assertThat(peerSeesEndOfStream()).isTrue();
    }

    @Test
    void framesLeftWaitingLongerThanTheStallLimitCutTheConnectionUnlessTheBrokerBlockedIt() throws Exception {
        FrameQueue queue = queue(Duration.ofMillis(200));
        assertThat(queue.offer(FRAME)).isTrue();
        blocked.set(true);
        Thread.sleep(300);
        assertThat(queue.offer(FRAME)).as("blocked by the broker: waiting is what it asked for").isTrue();
        assertThat(peerSeesEndOfStream()).isFalse();

        blocked.set(false);

        assertThat(queue.offer(FRAME)).isFalse();
        assertThat(peerSeesEndOfStream()).isTrue();
    }

    @Test
    void anIdleQueueIsNotAStalledOne() throws Exception {
        FrameQueue queue = queue(Duration.ofMillis(200));
        Thread.sleep(300);

        assertThat(queue.offer(FRAME)).isTrue();
        assertThat(queue.poll()).isSameAs(FRAME);
        Thread.sleep(300);
        assertThat(queue.send(3, inMillis(1_000), () -> offerFrames(queue, 3))).isTrue();
        assertThat(peerSeesEndOfStream()).isFalse();
    }

    @Test
    void countsAPublishAsMethodHeaderAndOneBodyFramePerFrameMaxLessEightOctets() {
        assertThat(FrameQueue.publishFrames(0, 131_072)).isEqualTo(2);
        assertThat(FrameQueue.publishFrames(1, 131_072)).isEqualTo(3);
        assertThat(FrameQueue.publishFrames(131_064, 131_072)).isEqualTo(3);
        assertThat(FrameQueue.publishFrames(131_065, 131_072)).isEqualTo(4);
        assertThat(FrameQueue.publishFrames(10_000_000, 0)).as("no frame-max: one body frame").isEqualTo(3);
    }

    private FrameQueue queue(Duration stallLimit) {
        return new FrameQueue(client, CAPACITY, Duration.ofMillis(100), stallLimit, blocked::get);
    }

    private static void offerFrames(FrameQueue queue, int count) throws java.io.IOException {
        for (int i = 0; i < count; i++) {
            try {
                if (!queue.offer(FRAME)) {
                    throw new java.io.IOException("frame refused");
                }
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
        }
    }

    private static long inMillis(long millis) {
        return System.nanoTime() + Duration.ofMillis(millis).toNanos();
    }

    private boolean peerSeesEndOfStream() throws Exception {
        peer.configureBlocking(false);
        return peer.read(ByteBuffer.allocate(1)) < 0;
    }
}
