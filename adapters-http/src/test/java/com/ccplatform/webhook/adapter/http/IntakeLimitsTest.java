package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, items 1 and 5 at the HTTP door: one budget for the body bytes held at once, bodies that reserve only once
 * their bytes arrive, a cap on webhooks in flight; past either, 503 with Retry-After at once, and every ending gives
 * back what it held.
 */
class IntakeLimitsTest {

    static final int BUDGET = 64 * 1024;
    static final int CAP = 48 * 1024;
    static final int MAX_IN_FLIGHT = 40;

    final StubIngest ingest = new StubIngest();
    final List<Socket> held = new ArrayList<>();
    RunningServer running;

    @BeforeEach
    void start() {
        HttpSettings settings = RunningServer.smallSettings(CAP).withIntake(new IntakeLimits(BUDGET, MAX_IN_FLIGHT));
        running = new RunningServer(settings, ingest);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : held) {
            socket.close();
        }
        running.close();
    }

    @Test
    void aBodyThatWouldPassTheBudgetIsAnswered503WithRetryAfterAtOnceAndTakenOnceTheBudgetIsFree() throws Exception {
        Socket staller = startBody(40 * 1024, 1024); // reserves its 40 KiB with its first bytes, then stalls
        await().atMost(Duration.ofSeconds(5)).until(() -> gauge("webhook_body_reserved_bytes") >= 40 * 1024);
        String thirtyKib = OversizedBodyTest.paddedObject(30 * 1024);

        long start = System.nanoTime();
        HttpResponse<String> refused = running.postJson("/webhook", thirtyKib);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        HttpResponse<String> small = running.postJson("/webhook", Webhooks.text("small-beside-the-staller"));

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(refused.body()).isEqualTo("{\"error\":\"Service temporarily unavailable\"}");
        assertThat(took).as("refused at once, not after the staller's deadline").isLessThan(Duration.ofSeconds(2));
        assertThat(small.statusCode()).as("a small body still fits beside it").isEqualTo(200);
        assertThat(counter("webhook_shed_total", "body_budget")).isEqualTo(1.0);

        staller.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> gauge("webhook_body_reserved_bytes") == 0);
        assertThat(running.postJson("/webhook", thirtyKib).statusCode()).isEqualTo(200);
    }

    @Test
    void connectionsThatDeclareABodyAndSendNothingHoldNoBudget() throws Exception {
        for (int i = 0; i < 30; i++) {
            startBody(CAP, 0);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> gauge("webhook_in_flight") >= 30);

        HttpResponse<String> atTheCap = running.postJson("/webhook", OversizedBodyTest.paddedObject(CAP));

        assertThat(atTheCap.statusCode()).isEqualTo(200);
        // the body's reservation is given back once its answer has gone out: a moment after the client has it
        await().atMost(Duration.ofSeconds(5)).until(() -> gauge("webhook_body_reserved_bytes") == 0);
    }

    @Test
    void webhooksPastTheInFlightCapAreShedWith503AndTheCapFreesAsTheyEnd() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ingest.answerWith(command -> {
            waitFor(release);
            return StubIngest.accepted();
        });
        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        for (int i = 0; i < MAX_IN_FLIGHT; i++) {
            String body = Webhooks.text("held-" + i);
            waiting.add(CompletableFuture.supplyAsync(() -> post(body)));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> gauge("webhook_in_flight") == MAX_IN_FLIGHT);

        HttpResponse<String> shed = running.postJson("/webhook", Webhooks.text("one-too-many"));
        release.countDown();

        assertThat(shed.statusCode()).isEqualTo(503);
        assertThat(shed.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(counter("webhook_shed_total", "in_flight_limit")).isEqualTo(1.0);
        assertThat(waiting).allSatisfy(w -> assertThat(w.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200));
        await().atMost(Duration.ofSeconds(5)).until(() -> gauge("webhook_in_flight") == 0);
        assertThat(running.postJson("/webhook", Webhooks.text("after")).statusCode()).isEqualTo(200);
    }

    @Test
    void everyEndingGivesBackItsPlaceAndItsBudget() throws Exception {
        assertThat(running.postJson("/webhook", Webhooks.text("ok")).statusCode()).isEqualTo(200);
        assertThat(running.postJson("/webhook", "{not json").statusCode()).isEqualTo(400);
        assertThat(running.postJson("/webhook", OversizedBodyTest.paddedObject(CAP + 1)).statusCode())
                .isEqualTo(413);
        ingest.answerWith(command -> {
            throw new IllegalStateException("a fault in the use case");
        });
        assertThat(running.postJson("/webhook", Webhooks.text("fault")).statusCode()).isEqualTo(500);
        ingest.reset();
        Socket halfSent = startBody(4096, 100);
        halfSent.close(); // the client goes away mid-body

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(gauge("webhook_in_flight")).isZero();
            assertThat(gauge("webhook_body_reserved_bytes")).isZero();
        });
    }

    @Test
    void theBudgetAndTheCapAreOnMetrics() throws Exception {
        assertThat(gauge("webhook_body_budget_bytes")).isEqualTo(BUDGET);
        assertThat(gauge("webhook_in_flight_limit")).isEqualTo(MAX_IN_FLIGHT);
    }

    /** Opens a connection declaring a JSON body of {@code declared} bytes and sends the first {@code sent}. */
    private Socket startBody(int declared, int sent) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", running.port()), 5_000);
        held.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + declared + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write("{".repeat(sent).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private HttpResponse<String> post(String body) {
        try {
            return running.postJson("/webhook", body);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private double gauge(String name) {
        return MetricsText.value(running.registry.scrape(), name, "");
    }

    private double counter(String name, String reason) {
        return MetricsText.value(running.registry.scrape(), name, "reason=\"" + reason + "\"");
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
