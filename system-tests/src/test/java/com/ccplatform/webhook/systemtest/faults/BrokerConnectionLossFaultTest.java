package com.ccplatform.webhook.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, fault 1: RabbitMQ closes the service's connection twice while twelve clients send signed webhooks. Every
 * request is answered 200 or 503 within the deadline (an unconfirmed publish is a 503, issue 12), every 200 is in a
 * queue afterwards, and the service recovers by itself.
 */
class BrokerConnectionLossFaultTest {

    private static final int CLIENTS = 12;
    private static final int MINIMUM_REQUESTS = 3_000;
    private static final long ANSWER_BOUND_MILLIS = 5_500;

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 4, unit = java.util.concurrent.TimeUnit.MINUTES)
    void everyWebhookAnswered200SurvivesTheBrokerClosingTheConnectionTwiceUnderLoad() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String outbound = "faults-drop-outbound-" + run;
        String status = "faults-drop-status-" + run;
        TenantsFile.write(directory);
        try (DroppableBroker broker = DroppableBroker.start(run)) {
            System.out.println("[faults] broker-drop: broker is " + broker.kind());
            Map<String, String> env = InProcessService.environment(directory, Map.of("RABBITMQ_HOST", "127.0.0.1",
                    "RABBITMQ_PORT", String.valueOf(broker.port()), "RABBITMQ_VHOST", broker.vhost(),
                    "OUTBOUND_QUEUE", outbound, "STATUS_QUEUE", status));
            LoadFigures figures;
            int dropped = 0;
            try (InProcessService service = InProcessService.start(env);
                 WebhookClient client = new WebhookClient(service.port())) {
                LoadRun load = LoadRun.start(client, CLIENTS, n -> SignedWebhook.text("drop-" + run + "-" + n,
                        TenantsFile.INTEGRATION, TenantsFile.SECRET));
                assertThat(load.awaitMore(500, Duration.ofSeconds(60))).as("load started").isTrue();
                for (int fault = 0; fault < 2; fault++) {
                    dropped += broker.dropServiceConnection();
                    assertThat(load.awaitNextOk(Duration.ofSeconds(30))).as("200s again after drop %d", fault + 1)
                            .isTrue();
                    assertThat(load.awaitMore(500, Duration.ofSeconds(60))).isTrue();
                }
                while (load.answered() < MINIMUM_REQUESTS) {
                    assertThat(load.awaitMore(200, Duration.ofSeconds(60))).isTrue();
                }
                Map<String, WebhookClient.Answer> answers = load.stop();
                assertRecovered(client, run);
                figures = LoadFigures.of(answers, QueueCensus.drain("127.0.0.1", broker.port(), broker.vhost(),
                        outbound, status));
            }
            System.out.println(figures.line("broker-drop", "connections-closed=" + dropped
                    + " strangers=" + figures.strangers()));
            assertThat(dropped).as("connections closed by the broker").isGreaterThanOrEqualTo(2);
            assertThat(figures.noAnswer() + figures.otherStatus() + figures.timedOut()).as("answers other than 200/503")
                    .isZero();
            assertThat(figures.maxMillis()).as("slowest answer, ms").isLessThanOrEqualTo(ANSWER_BOUND_MILLIS);
            assertThat(figures.sent()).isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
            assertThat(figures.lostIds()).as("answered 200 but in no queue").isEmpty();
            assertThat(figures.strangers()).as("ids in the queues that were never sent, bar the recovery probe")
                    .isLessThanOrEqualTo(1);
        }
    }

    private static void assertRecovered(WebhookClient client, String run) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        WebhookClient.Answer ready = client.get("/ready");
        while (ready.status() != 200 && System.nanoTime() < end) {
            Thread.sleep(200);
            ready = client.get("/ready");
        }
        assertThat(ready.status()).as("/ready after the faults: %s", ready.body()).isEqualTo(200);
        WebhookClient.Answer after = client.send(SignedWebhook.text("drop-" + run + "-after", TenantsFile.INTEGRATION,
                TenantsFile.SECRET));
        assertThat(after.status()).as("a webhook after the faults: %s", after.body()).isEqualTo(200);
    }
}
