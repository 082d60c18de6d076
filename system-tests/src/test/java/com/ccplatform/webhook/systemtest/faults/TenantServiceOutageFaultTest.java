package com.ccplatform.webhook.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.amqp.TestBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, fault 3: the Tenant Service turns slow (10 s per answer), then dead, then comes back. Answers stay inside
 * Genesys' 5 s, the breaker opens and then fails fast, a tenant known before the outage keeps working, and unknown
 * tenants resolve again once the service is back. The cache keeps found tenants 1 s here, so the known tenant is
 * served from the last-known copy (the outage path), not from a fresh cache entry.
 */
class TenantServiceOutageFaultTest {

    private static final long GENESYS_GIVES_UP_MILLIS = 5_000;
    private static final long FAST_MILLIS = 1_000;

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void staysInsideTheDeadlineOpensTheBreakerServesKnownTenantsAndRecoversByItself() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TestBroker broker = TestBroker.get();
        try (TenantServiceStub tenants = TenantServiceStub.start()) {
            Map<String, String> env = InProcessService.environment(directory, Map.of("RABBITMQ_HOST", broker.host(),
                    "RABBITMQ_PORT", String.valueOf(broker.port()), "OUTBOUND_QUEUE", "faults-tenant-outbound-" + run,
                    "STATUS_QUEUE", "faults-tenant-status-" + run, "TENANT_SERVICE_URL", tenants.baseUrl(),
                    "TENANT_SERVICE_TOKEN", TenantServiceStub.TOKEN, "TENANT_CACHE_TTL", "1"));
            try (InProcessService service = InProcessService.start(env);
                 WebhookClient client = new WebhookClient(service.port())) {
                String known = "known-" + run;
                assertThat(client.send(from(known, "before")).status()).as("known tenant before the outage")
                        .isEqualTo(200);

                tenants.delay(Duration.ofSeconds(10));
                List<WebhookClient.Answer> slow = concurrently(client, run, 6);
                Thread.sleep(1_100); // past the 1 s cache entry of the known tenant
                WebhookClient.Answer knownWhileSlow = client.send(from(known, "slow"));
                WebhookClient.Answer failFast = client.send(from("new-" + run + "-open", "open"));
                WebhookClient.Answer health = client.get("/health");

                tenants.kill();
                WebhookClient.Answer knownWhileDead = client.send(from(known, "dead"));
                WebhookClient.Answer newWhileDead = client.send(from("new-" + run + "-dead", "dead"));

                tenants.revive();
                long backAt = System.nanoTime();
                WebhookClient.Answer recovered = pollUntilAccepted(client, run, Duration.ofSeconds(40));
                long recoveredMillis = Duration.ofNanos(System.nanoTime() - backAt).toMillis();
                WebhookClient.Answer healthAfter = client.get("/health");

                System.out.println("[faults] tenant-outage: slow=" + statuses(slow) + " slowest-ms="
                        + slow.stream().mapToLong(WebhookClient.Answer::millis).max().orElse(0)
                        + " breaker-open=" + failFast.status() + "/" + failFast.millis() + "ms known-while-slow="
                        + knownWhileSlow.status() + "/" + knownWhileSlow.millis() + "ms known-while-dead="
                        + knownWhileDead.status() + " new-while-dead=" + newWhileDead.status() + "/"
                        + newWhileDead.millis() + "ms recovered-after-ms=" + recoveredMillis + " stub-calls="
                        + tenants.calls());
                assertThat(slow).allSatisfy(answer -> {
                    assertThat(answer.status()).isIn(503, 504);
                    assertThat(answer.millis()).isLessThan(GENESYS_GIVES_UP_MILLIS);
                });
                assertThat(health.body()).contains("\"tenant-service\":\"unhealthy\"", "circuit open");
                assertThat(failFast.status()).isEqualTo(503);
                assertThat(failFast.body()).isEqualTo("{\"error\":\"Service temporarily unavailable\"}");
                assertThat(failFast.millis()).as("breaker open: fails fast").isLessThan(FAST_MILLIS);
                assertThat(knownWhileSlow.status()).isEqualTo(200);
                assertThat(knownWhileSlow.millis()).isLessThan(GENESYS_GIVES_UP_MILLIS);
                assertThat(knownWhileDead.status()).isEqualTo(200);
                assertThat(newWhileDead.status()).isEqualTo(503);
                assertThat(newWhileDead.millis()).isLessThan(FAST_MILLIS);
                assertThat(recovered.status()).as("an unknown-before tenant after the Tenant Service is back")
                        .isEqualTo(200);
                assertThat(healthAfter.body()).contains("\"tenant-service\":\"healthy\"");
            }
        }
    }

    private static SignedWebhook from(String integration, String phase) {
        return SignedWebhook.text("msg-" + integration + "-" + phase + "-" + UUID.randomUUID(), integration,
                TenantServiceStub.secretFor(integration));
    }

    /** {@code count} webhooks at once, each from an integration never seen before. */
    private static List<WebhookClient.Answer> concurrently(WebhookClient client, String run, int count)
            throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(count);
        try {
            List<Future<WebhookClient.Answer>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                SignedWebhook webhook = from("new-" + run + "-slow-" + i, "slow");
                sent.add(senders.submit(() -> client.send(webhook)));
            }
            List<WebhookClient.Answer> answers = new ArrayList<>();
            for (Future<WebhookClient.Answer> answer : sent) {
                answers.add(answer.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            senders.shutdownNow();
        }
    }

    private static WebhookClient.Answer pollUntilAccepted(WebhookClient client, String run, Duration bound)
            throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        int attempt = 0;
        WebhookClient.Answer answer = client.send(from("new-" + run + "-back-" + attempt, "back"));
        while (answer.status() != 200 && System.nanoTime() < end) {
            Thread.sleep(500);
            attempt++;
            answer = client.send(from("new-" + run + "-back-" + attempt, "back"));
        }
        return answer;
    }

    private static String statuses(List<WebhookClient.Answer> answers) {
        return answers.stream().map(a -> String.valueOf(a.status())).toList().toString().replace(" ", "");
    }
}
