package com.ccplatform.webhook.systemtest.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.amqp.TestBroker;
import com.ccplatform.webhook.adapter.minio.S3TestServer;
import com.ccplatform.webhook.bootstrap.PlatformStubs;
import com.ccplatform.webhook.systemtest.faults.ChildService;
import com.ccplatform.webhook.systemtest.faults.QueueCensus;
import com.ccplatform.webhook.systemtest.faults.SignedWebhook;
import com.ccplatform.webhook.systemtest.faults.WebhookClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, item 4: attachment bursts cannot exhaust memory. With the Dockerfile's JVM options, 8 and then 32 webhooks
 * at once, each with a 19 MB attachment streamed from a loopback Genesys to S3: every one is answered 200, its media
 * re-hosted or the message degraded to text with its reason (most of a burst waits for one of the few transfer slots and
 * degrades with `no_transfer_slot`), the process lives, and its live heap stays under three quarters of the heap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentBurstExposureTest {

    private static final long ATTACHMENT = 19_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String outbound = "exposure-media-outbound-" + run;
    private final Path gcLog = Path.of(System.getProperty("java.io.tmpdir"), "exposure-media-gc-" + run + ".log");
    private PlatformStubs platform;
    private LargeDownloads downloads;
    private ChildService service;
    private WebhookClient client;
    private TestBroker broker;

    @BeforeAll
    void start() throws Exception {
        platform = new PlatformStubs(Map.of());
        downloads = new LargeDownloads(ATTACHMENT);
        S3TestServer store = S3TestServer.shared();
        broker = TestBroker.get();
        Map<String, String> env = new HashMap<>(ProductionJvm.environment());
        env.put("PORT", "0");
        env.put("RABBITMQ_HOST", broker.host());
        env.put("RABBITMQ_PORT", String.valueOf(broker.port()));
        env.put("OUTBOUND_QUEUE", outbound);
        env.put("STATUS_QUEUE", "exposure-media-status-" + run);
        env.put("TENANT_SERVICE_URL", platform.baseUrl());
        env.put("TENANT_SERVICE_TOKEN", PlatformStubs.SERVICE_TOKEN);
        env.put("AUTH_SERVICE_URL", platform.baseUrl());
        env.put("MEDIA_ALLOWED_HOSTS", downloads.baseUrl());
        env.put("MINIO_ENDPOINT", store.endpoint());
        env.put("MINIO_ACCESS_KEY", store.accessKey());
        env.put("MINIO_SECRET_KEY", store.secretKey());
        env.put("MINIO_SECURE", "false");
        env.put("MINIO_BUCKET", S3TestServer.newBucketName("exposure"));
        env.put("LOG_LEVEL", "WARN");
        service = ChildService.start(env, directory, ProductionJvm.options(gcLog));
        client = new WebhookClient(service.port());
    }

    @AfterAll
    void stop() throws Exception {
        ProcessMemory memory = ProcessMemory.of(service.process().pid(), gcLog);
        System.out.println("[exposure] attachment bursts: " + memory + " downloads-started=" + downloads.started());
        client.close();
        service.close();
        broker.deleteQueues(outbound, "exposure-media-status-" + run);
        downloads.close();
        platform.close();
    }

    @ParameterizedTest(name = "{0} webhooks at once with a 19 MB attachment each")
    @ValueSource(ints = {8, 32})
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void everyWebhookIsAnswered200WithItsMediaOrItsReasonAndTheProcessLives(int concurrent) throws Exception {
        Map<String, WebhookClient.Answer> answers = sendAtOnce(concurrent);
        Map<String, String> published = QueueCensus.bodies(broker.host(), broker.port(), outbound);
        ProcessMemory memory = ProcessMemory.of(service.process().pid(), gcLog);

        Map<String, Integer> outcomes = new TreeMap<>();
        long slowest = 0;
        for (Map.Entry<String, WebhookClient.Answer> answer : answers.entrySet()) {
            slowest = Math.max(slowest, answer.getValue().millis());
            String body = published.get(answer.getKey());
            String outcome = answer.getValue().status() + (body == null ? " unpublished" : " " + media(body));
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.println("[exposure] attachments concurrent=" + concurrent + " outcomes=" + outcomes + " max-ms="
                + slowest + " alive=" + service.process().isAlive() + " " + memory);
        assertThat(service.process().isAlive()).as("process alive; output:%n%s", tail()).isTrue();
        assertThat(answers.values()).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        assertThat(outcomes.keySet()).allSatisfy(o -> assertThat(o).matches("200 (rehosted|degraded:[a-z_]+)"));
        assertThat(slowest).as("slowest answer, ms").isLessThan(5_000);
        // media takes a quarter of the heap (two transfers of 5 MiB parts here), webhook bodies an eighth
        assertThat(memory.peakLiveHeapMib()).as("live heap after full collections, MiB")
                .isLessThan(ProductionJvm.heapMib() * 3 / 4);
    }

    private Map<String, WebhookClient.Answer> sendAtOnce(int concurrent) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(concurrent);
        try {
            Map<String, Future<WebhookClient.Answer>> futures = new HashMap<>();
            for (int i = 0; i < concurrent; i++) {
                String id = "burst-" + concurrent + "-" + i + "-" + run;
                SignedWebhook webhook = SignedWebhook.withAttachment(id, PlatformStubs.INTEGRATION,
                        PlatformStubs.SECRET, downloads.urlFor(id));
                futures.put(id, senders.submit(() -> client.send(webhook)));
            }
            Map<String, WebhookClient.Answer> answers = new HashMap<>();
            for (Map.Entry<String, Future<WebhookClient.Answer>> future : futures.entrySet()) {
                answers.put(future.getKey(), future.getValue().get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            senders.shutdownNow();
        }
    }

    private static String media(String body) throws Exception {
        JsonNode payload = JSON.readTree(body).get("payload");
        if (!payload.get("media").isNull()) {
            return "rehosted";
        }
        return "degraded:" + payload.path("media_failure_reason").asText("none");
    }

    private String tail() {
        List<String> output = new ArrayList<>(service.output());
        return String.join("\n", output.subList(Math.max(0, output.size() - 20), output.size()));
    }
}
