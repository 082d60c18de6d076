package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** `stop(grace)`: the port closes at once, and a request already in flight still gets its answer. */
class GracefulStopTest {

    @Test
    void finishesTheRequestInFlightAfterTheListenerHasClosed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        StubIngest ingest = heldUntil(release);
        RunningServer running = new RunningServer(HttpSettings.defaults(), ingest);
        int port = running.port();
        CompletableFuture<HttpResponse<String>> inFlight = inFlight(running, ingest);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> running.server.stop(Duration.ofSeconds(15)));
        awaitRefused(port);
        release.countDown();

        assertThat(inFlight.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        stopping.get(20, TimeUnit.SECONDS);
        assertThatThrownBy(() -> connect(port)).isInstanceOf(ConnectException.class);
    }

    @Test
    void aRequestThatOutlivesTheGraceIsCutOffAndStopStillReturnsWithThePortClosed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        StubIngest ingest = heldUntil(release);
        RunningServer running = new RunningServer(HttpSettings.defaults(), ingest);
        int port = running.port();
        CompletableFuture<HttpResponse<String>> inFlight = inFlight(running, ingest);
        try {
            long start = System.nanoTime();

            boolean finishedInGrace = running.server.stop(Duration.ofMillis(500));

            assertThat(finishedInGrace).isFalse();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(15_000);
            assertThatThrownBy(() -> connect(port)).isInstanceOf(ConnectException.class);
        } finally {
            release.countDown();
        }
        assertThat(inFlight).failsWithin(Duration.ofSeconds(20));
    }

    /** A use case that holds every webhook until {@code release} opens. */
    private static StubIngest heldUntil(CountDownLatch release) {
        StubIngest ingest = new StubIngest();
        ingest.answerWith(command -> {
            await(release);
            return StubIngest.accepted();
        });
        return ingest;
    }

    /** Posts a webhook and returns once the use case holds it. */
    private static CompletableFuture<HttpResponse<String>> inFlight(RunningServer running, StubIngest ingest)
            throws Exception {
        CompletableFuture<HttpResponse<String>> response = CompletableFuture.supplyAsync(() -> post(running));
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (ingest.commands().isEmpty()) {
            assertThat(System.nanoTime()).as("the webhook reached the use case within 20 s").isLessThan(giveUp);
            Thread.sleep(10);
        }
        return response;
    }

    private static HttpResponse<String> post(RunningServer running) {
        try {
            return running.postJson("/webhook", Webhooks.text("in-flight"));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls until a new connection is refused: the listener is closed while the request above is still open. */
    private static void awaitRefused(int port) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < giveUp) {
            try {
                connect(port);
            } catch (IOException refused) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the listener was still accepting connections 20 s into stop()");
    }

    private static void connect(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
