package com.ccplatform.webhook.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.embedded.EmbeddedAmqpBroker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, fault 2: the broker is down when the service starts. The service starts anyway, says it is not ready,
 * answers webhooks 503, and becomes ready by itself once a broker listens on the configured port.
 */
class BrokerDownAtStartFaultTest {

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void startsNotReadyAnswers503AndBecomesReadyOnItsOwnWhenTheBrokerComesUp() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int brokerPort = freePort();
        TenantsFile.write(directory);
        Map<String, String> env = InProcessService.environment(directory, Map.of("RABBITMQ_HOST", "127.0.0.1",
                "RABBITMQ_PORT", String.valueOf(brokerPort)));
        EmbeddedAmqpBroker broker = null;
        try (InProcessService service = InProcessService.start(env);
             WebhookClient client = new WebhookClient(service.port())) {
            WebhookClient.Answer ready = client.get("/ready");
            WebhookClient.Answer health = client.get("/health");
            WebhookClient.Answer refused = client.send(webhook(run, "down"));

            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.body()).contains("rabbitmq unhealthy");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body()).contains("\"rabbitmq\":\"unhealthy\"");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.body()).isEqualTo("{\"error\":\"Service temporarily unavailable\"}");
            assertThat(refused.millis()).isLessThan(5_000);

            int readyWhileDown = ready.status();
            broker = EmbeddedAmqpBroker.start(brokerPort);
            long upAt = System.nanoTime();
            ready = pollReady(client, Duration.ofSeconds(30));
            long readyAfterMillis = Duration.ofNanos(System.nanoTime() - upAt).toMillis();
            WebhookClient.Answer accepted = client.send(webhook(run, "up"));
            Map<String, Integer> queued = QueueCensus.drain("127.0.0.1", brokerPort, "/", "outboundQueue");

            System.out.println("[faults] broker-down-at-start: broker down: ready=" + readyWhileDown + " health="
                    + health.status() + " webhook=" + refused.status() + "/" + refused.millis() + "ms; broker up: "
                    + "ready after " + readyAfterMillis + " ms, webhook=" + accepted.status() + " queued=" + queued);
            assertThat(ready.status()).as("/ready once the broker listens: %s", ready.body()).isEqualTo(200);
            assertThat(accepted.status()).isEqualTo(200);
            assertThat(queued).containsOnlyKeys("msg-" + run + "-up");
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    private static SignedWebhook webhook(String run, String phase) {
        return SignedWebhook.text("msg-" + run + "-" + phase, TenantsFile.INTEGRATION, TenantsFile.SECRET);
    }

    private static WebhookClient.Answer pollReady(WebhookClient client, Duration bound) throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        WebhookClient.Answer ready = client.get("/ready");
        while (ready.status() != 200 && System.nanoTime() < end) {
            Thread.sleep(250);
            ready = client.get("/ready");
        }
        return ready;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
