package com.ccplatform.webhook.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.minio.S3TestServer;
import com.ccplatform.webhook.bootstrap.PlatformStubs;
import com.ccplatform.webhook.adapter.amqp.TestBroker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 7, fault 4: the S3 store refuses connections or takes them and never answers, and a Genesys download stalls
 * after its first kilobyte. Every message still goes out within the deadline as text (FRD 7.3), and a batch of such
 * requests leaves no threads or connections behind. S3 sits behind a TCP proxy that plays the failures.
 * MINIO_UPLOAD_TIMEOUT is 6 s (default 30): an abandoned upload may hold its connection that long, and the test waits
 * it out before counting.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class MediaFaultTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String OUTBOUND = "faults-media-outbound-" + RUN;
    private static final int CONCURRENCY = 12;
    private static final int BATCH = 24;
    private static final int UPLOAD_TIMEOUT_SECONDS = 6;
    /** Pools breathe by a few threads; a leak per request would show as {@link #BATCH} or more. */
    private static final int THREAD_SLACK = 10;
    private static final int CONNECTION_SLACK = 3;

    private static PlatformStubs platform;
    private static MediaDownloadStub downloads;
    private static FaultyTcpProxy s3;
    private static InProcessService service;
    private static WebhookClient client;
    private static TestBroker broker;

    @BeforeAll
    static void startTheService() throws Exception {
        platform = new PlatformStubs(Map.of());
        downloads = new MediaDownloadStub();
        S3TestServer store = S3TestServer.shared();
        URI endpoint = URI.create(store.endpoint());
        s3 = FaultyTcpProxy.start(endpoint.getHost(), endpoint.getPort());
        broker = TestBroker.get();
        Map<String, String> env = new TreeMap<>(Map.of("RABBITMQ_HOST", broker.host(),
                "RABBITMQ_PORT", String.valueOf(broker.port()), "OUTBOUND_QUEUE", OUTBOUND,
                "STATUS_QUEUE", "faults-media-status-" + RUN, "TENANT_SERVICE_URL", platform.baseUrl(),
                "TENANT_SERVICE_TOKEN", PlatformStubs.SERVICE_TOKEN, "AUTH_SERVICE_URL", platform.baseUrl(),
                "MEDIA_ALLOWED_HOSTS", downloads.baseUrl(), "MINIO_ENDPOINT", s3.endpoint()));
        env.putAll(Map.of("MINIO_ACCESS_KEY", store.settings("x").accessKey(),
                "MINIO_SECRET_KEY", store.settings("x").secretKey(), "MINIO_SECURE", "false",
                "MINIO_BUCKET", S3TestServer.newBucketName("faults"),
                "MINIO_UPLOAD_TIMEOUT", String.valueOf(UPLOAD_TIMEOUT_SECONDS)));
        service = InProcessService.start(InProcessService.environment(Files.createTempDirectory("faults-media"), env));
        client = new WebhookClient(service.port());
        System.out.println("[faults] media: S3 is " + store.kind() + " behind a fault proxy");
        assertThat(attachmentsRehostedWhileHealthy()).as("attachments re-hosted before any fault").isTrue();
    }

    @AfterAll
    static void stopTheService() throws Exception {
        if (service != null) {
            service.close();
            client.close();
        }
        if (s3 != null) {
            s3.close();
        }
        if (downloads != null) {
            downloads.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void storeRefusingConnectionsDegradesMessagesToTextWithinTheDeadlineAndLeaksNothing() throws Exception {
        s3.mode(FaultyTcpProxy.Mode.REFUSE);
        try {
            degradesWithoutLeaks("media-s3-down", 1);
        } finally {
            s3.mode(FaultyTcpProxy.Mode.FORWARD);
        }
    }

    @Test
    void storeNeverAnsweringDegradesMessagesToTextWithinTheDeadlineAndLeaksNothing() throws Exception {
        s3.mode(FaultyTcpProxy.Mode.BLACKHOLE);
        try {
            degradesWithoutLeaks("media-s3-silent", UPLOAD_TIMEOUT_SECONDS + 2);
        } finally {
            s3.mode(FaultyTcpProxy.Mode.FORWARD);
        }
    }

    @Test
    void downloadStallingMidStreamDegradesMessagesToTextWithinTheDeadlineAndLeaksNothing() throws Exception {
        downloads.stall();
        try {
            degradesWithoutLeaks("media-download-stall", 1);
        } finally {
            downloads.flow();
        }
    }

    /**
     * A first batch brings the service's pools to their working size under this fault; the second, counted batch of
     * the same shape must leave threads and connections where the first left them.
     */
    private static void degradesWithoutLeaks(String scenario, int settleSeconds) throws Exception {
        List<Integer> ports = List.of(s3.port(), downloads.port(), URI.create(platform.baseUrl()).getPort(),
                broker.port());
        Map<String, WebhookClient.Answer> warm = batch(scenario + "-warm");
        Thread.sleep(settleSeconds * 1000L);
        ProcessResources before = ProcessResources.settled(ports, 20);
        Map<String, WebhookClient.Answer> counted = batch(scenario);
        Thread.sleep(settleSeconds * 1000L);
        ProcessResources after = ProcessResources.settled(ports, 20);

        Map<String, String> published = QueueCensus.bodies(broker.host(), broker.port(), OUTBOUND);
        Map<String, Integer> reasons = new TreeMap<>();
        long slowest = 0;
        for (Map<String, WebhookClient.Answer> answers : List.of(warm, counted)) {
            for (Map.Entry<String, WebhookClient.Answer> answer : answers.entrySet()) {
                assertThat(answer.getValue().status()).as("answer to %s", answer.getKey()).isEqualTo(200);
                slowest = Math.max(slowest, answer.getValue().millis());
                JsonNode payload = JSON.readTree(published.get(answer.getKey())).get("payload");
                assertThat(payload.get("media").isNull()).isTrue();
                assertThat(payload.get("media_processing_failed").asBoolean()).isTrue();
                reasons.merge(payload.get("media_failure_reason").asText(), 1, Integer::sum);
            }
        }
        System.out.println("[faults] " + scenario + ": sent=" + (warm.size() + counted.size()) + " ok-degraded="
                + reasons.values().stream().mapToInt(Integer::intValue).sum() + " reasons=" + reasons + " max-ms="
                + slowest + " | ports: s3=" + s3.port() + " downloads=" + downloads.port() + " platform="
                + ports.get(2) + " broker=" + broker.port() + " | before: " + before + " | after: " + after
                + " | thread names gained: " + after.threadsGainedSince(before));
        assertThat(slowest).as("slowest answer, ms").isLessThan(5_000);
        assertThat(reasons.keySet()).doesNotContain("");
        assertThat(after.threads() - before.threads()).as("threads gained").isLessThanOrEqualTo(THREAD_SLACK);
        for (int port : ports) {
            // A keep-alive pool may end a batch holding up to one idle connection per request that ran at once
            // (CI once saw the downloads pool go from 7 to 11 under the silent store); a leak grows with the
            // requests sent (24 a batch), so the count must stay within the slack or within the concurrency.
            int gained = after.connectionsByPort().get(port) - before.connectionsByPort().get(port);
            assertThat(after.connectionsByPort().get(port))
                    .as("connections to port %d: %s before, gained %d", port, before.connectionsByPort().get(port),
                            gained)
                    .isLessThanOrEqualTo(Math.max(before.connectionsByPort().get(port) + CONNECTION_SLACK,
                            CONCURRENCY));
        }
    }

    /** {@link #BATCH} webhooks with one attachment each, {@link #CONCURRENCY} at a time. */
    private static Map<String, WebhookClient.Answer> batch(String prefix) throws Exception {
        LoadRun load = LoadRun.start(client, CONCURRENCY, BATCH, n -> SignedWebhook.withAttachment(
                prefix + "-" + RUN + "-" + n, PlatformStubs.INTEGRATION, PlatformStubs.SECRET,
                downloads.urlFor(prefix + "-" + n)));
        assertThat(load.awaitMore(BATCH, Duration.ofSeconds(60))).isTrue();
        return load.stop();
    }

    private static boolean attachmentsRehostedWhileHealthy() throws Exception {
        String id = "media-healthy-" + RUN;
        WebhookClient.Answer answer = client.send(SignedWebhook.withAttachment(id, PlatformStubs.INTEGRATION,
                PlatformStubs.SECRET, downloads.urlFor(id)));
        JsonNode payload = JSON.readTree(QueueCensus.bodies(broker.host(), broker.port(), OUTBOUND).get(id)).get("payload");
        return answer.status() == 200 && payload.get("media").hasNonNull("url");
    }
}
