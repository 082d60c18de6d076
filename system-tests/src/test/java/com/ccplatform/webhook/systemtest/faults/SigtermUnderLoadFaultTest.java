package com.ccplatform.webhook.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.amqp.TestBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Issue 7, fault 5: SIGTERM while eight clients send webhooks and six slow ones (their tenant takes 2 s to look up)
 * are in flight. The process exits by itself within the shutdown grace, the slow ones are answered 200, and nothing
 * answered 200 is missing from the queue. Requests the closing server never took fail to connect; they are counted.
 */
class SigtermUnderLoadFaultTest {

    private static final int GRACE_SECONDS = 5;
    private static final int IN_FLIGHT = 6;

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void inFlightRequestsFinishAndNothingAnswered200IsLostWhenSigtermArrivesUnderLoad() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String outbound = "faults-sigterm-outbound-" + run;
        String status = "faults-sigterm-status-" + run;
        TestBroker broker = TestBroker.get();
        try (TenantServiceStub tenants = TenantServiceStub.start()) {
            Map<String, String> env = InProcessService.environment(directory, Map.of("RABBITMQ_HOST", broker.host(),
                    "RABBITMQ_PORT", String.valueOf(broker.port()), "OUTBOUND_QUEUE", outbound, "STATUS_QUEUE", status,
                    "TENANT_SERVICE_URL", tenants.baseUrl(), "TENANT_SERVICE_TOKEN", TenantServiceStub.TOKEN,
                    "SHUTDOWN_GRACE_SECONDS", String.valueOf(GRACE_SECONDS), "LOG_LEVEL", "WARN"));
            String known = "sigterm-" + run;
            try (ChildService child = ChildService.start(env, directory);
                 WebhookClient client = new WebhookClient(child.port())) {
                assertThat(client.send(webhook(known, "warm")).status()).isEqualTo(200);
                LoadRun load = LoadRun.startUntilRefused(client, 8, n -> webhook(known, String.valueOf(n)));
                assertThat(load.awaitMore(300, Duration.ofSeconds(60))).isTrue();
                tenants.delay(Duration.ofSeconds(2));
                ExecutorService slowSenders = Executors.newFixedThreadPool(IN_FLIGHT);
                List<SignedWebhook> slow = new ArrayList<>();
                List<Future<WebhookClient.Answer>> inFlight = new ArrayList<>();
                for (int i = 0; i < IN_FLIGHT; i++) {
                    SignedWebhook webhook = webhook("slow-" + run + "-" + i, "slow");
                    slow.add(webhook);
                    inFlight.add(slowSenders.submit(() -> client.send(webhook)));
                }
                Thread.sleep(500); // the slow ones are now waiting on the Tenant Service inside the service

                long signalled = System.nanoTime();
                child.process().destroy();
                boolean exited = child.process().waitFor(GRACE_SECONDS + 15, TimeUnit.SECONDS);
                long exitMillis = Duration.ofNanos(System.nanoTime() - signalled).toMillis();
                Map<String, WebhookClient.Answer> answers = new HashMap<>(load.stop());
                List<WebhookClient.Answer> slowAnswers = new ArrayList<>();
                for (int i = 0; i < IN_FLIGHT; i++) {
                    WebhookClient.Answer answer = inFlight.get(i).get(30, TimeUnit.SECONDS);
                    slowAnswers.add(answer);
                    answers.put(slow.get(i).id(), answer);
                }
                slowSenders.shutdownNow();
                LoadFigures figures = LoadFigures.of(answers, QueueCensus.drain(broker.host(), broker.port(), "/",
                        outbound, status));

                System.out.println(figures.line("sigterm", "exit-code=" + (exited ? child.process().exitValue() : -1)
                        + " exit-ms=" + exitMillis + " grace-s=" + GRACE_SECONDS + " in-flight-slow="
                        + statuses(slowAnswers) + " never-accepted(connection errors)=" + figures.noAnswer()));
                assertThat(exited).as("exited by itself after SIGTERM; output:%n%s",
                        String.join("\n", child.output())).isTrue();
                assertThat(exitMillis).isLessThan((GRACE_SECONDS + 10) * 1000L);
                assertThat(slowAnswers).as("requests in flight at SIGTERM")
                        .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
                assertThat(figures.lostIds()).as("answered 200 but in no queue").isEmpty();
                assertThat(figures.otherStatus() + figures.timedOut()).as("answers other than 200, 503 or none")
                        .isZero();
                assertThat(figures.ok()).isGreaterThan(300);
            }
        }
    }

    private static SignedWebhook webhook(String integration, String n) {
        return SignedWebhook.text("msg-" + integration + "-" + n, integration,
                TenantServiceStub.secretFor(integration));
    }

    private static String statuses(List<WebhookClient.Answer> answers) {
        return answers.stream().map(a -> a.status() + "/" + a.millis() + "ms").toList().toString().replace(" ", "");
    }
}
