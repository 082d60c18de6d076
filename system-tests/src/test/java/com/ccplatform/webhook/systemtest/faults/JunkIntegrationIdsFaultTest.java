package com.ccplatform.webhook.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.amqp.TestBroker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 2, through the real wiring (HTTP in, the Tenant Service client and its cache, RabbitMQ out): 50
 * webhooks with crafted integration ids (9 KB, {@code a/../b}, {@code %2F}, and plausible ids the Tenant Service
 * refuses with 400 or 414) are each a 400 Unknown integration, and right after them a known tenant not yet cached is
 * accepted with the breaker closed. The implausible ids never reach the Tenant Service. The crafted webhooks have the
 * real Genesys shape, where {@code channel.id} is the only candidate (this stub knows every other id).
 */
class JunkIntegrationIdsFaultTest {

    private static final String UNKNOWN = "{\"error\":\"Unknown integration\"}";

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void craftedIdsAreUnknownAndCannotOpenTheTenantServiceBreaker() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TestBroker broker = TestBroker.get();
        try (TenantServiceStub tenants = TenantServiceStub.start()) {
            tenants.refuse("refused-400-", 400);
            tenants.refuse("refused-414-", 414);
            Map<String, String> env = InProcessService.environment(directory, Map.of("RABBITMQ_HOST", broker.host(),
                    "RABBITMQ_PORT", String.valueOf(broker.port()), "OUTBOUND_QUEUE", "faults-junk-outbound-" + run,
                    "STATUS_QUEUE", "faults-junk-status-" + run, "TENANT_SERVICE_URL", tenants.baseUrl(),
                    "TENANT_SERVICE_TOKEN", TenantServiceStub.TOKEN));
            try (InProcessService service = InProcessService.start(env);
                 WebhookClient client = new WebhookClient(service.port())) {
                List<WebhookClient.Answer> junk = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    String crafted = crafted(i, run);
                    junk.add(client.send(SignedWebhook.genesysText("msg-junk-" + run + "-" + i, crafted, "forged")));
                }
                String known = "known-" + run;
                WebhookClient.Answer accepted = client.send(SignedWebhook.text("msg-" + known, known,
                        TenantServiceStub.secretFor(known)));
                WebhookClient.Answer metrics = client.get("/metrics");
                WebhookClient.Answer health = client.get("/health");

                System.out.println("[faults] junk-ids: statuses=" + junk.stream().map(WebhookClient.Answer::status)
                        .distinct().toList() + " known=" + accepted.status() + " stub-calls=" + tenants.calls()
                        + " stub-refusals=" + tenants.refusals());
                assertThat(junk).allSatisfy(answer -> {
                    assertThat(answer.status()).isEqualTo(400);
                    assertThat(answer.body()).isEqualTo(UNKNOWN);
                });
                assertThat(accepted.status()).as("a known tenant not yet cached, after the junk").isEqualTo(200);
                assertThat(metrics.body()).contains("dependency_circuit_state{dependency=\"tenant-service\"} 0.0");
                assertThat(health.body()).contains("\"tenant-service\":\"healthy\"");
                assertThat(tenants.refusals()).as("the plausible junk did reach the Tenant Service").isEqualTo(20);
                assertThat(tenants.requestedIds()).as("only plausible ids reach the Tenant Service")
                        .allMatch(id -> id.startsWith("refused-") || id.equals(known));
            }
        }
    }

    /** A 9 KB id, {@code a/../b}, {@code %2F}, then plausible ids the stub refuses with 400 and with 414, in turn. */
    private static String crafted(int i, String run) {
        switch (i % 5) {
            case 0:
                return i + "-" + "a".repeat(9 * 1024);
            case 1:
                return "a/../b";
            case 2:
                return "%2F";
            case 3:
                return "refused-400-" + run + "-" + i;
            default:
                return "refused-414-" + run + "-" + i;
        }
    }
}
