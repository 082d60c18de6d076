package com.ccplatform.webhook.systemtest.realshape;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.amqp.TestBroker;
import com.ccplatform.webhook.adapter.minio.S3TestServer;
import com.ccplatform.webhook.bootstrap.PlatformStubs;
import com.ccplatform.webhook.systemtest.faults.InProcessService;
import com.ccplatform.webhook.systemtest.faults.WebhookClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every webhook of `realshape/` (our own files in the shape of every real Genesys payload we know of) through the
 * service as production wires it: HTTP in, RabbitMQ out, an S3 API for media, Tenant and Auth Service stubs, and
 * Genesys downloads that redirect to a storage host. Each case is answered as its manifest says, publishes what it
 * says (queue, type, text, content, sender, media fetched back byte for byte) and grows the metrics it names.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RealShapeReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, String> QUEUES = Map.of("outbound", "realshape-outbound-" + RUN,
            "status", "realshape-status-" + RUN);
    private static final ShapeTable TABLE = new ShapeTable();
    private static final HttpClient FETCH = HttpClient.newHttpClient();

    private static PlatformStubs platform;
    private static LoopbackGenesys genesys;
    private static InProcessService service;
    private static WebhookClient client;
    private static Connection consumer;

    @BeforeAll
    static void startTheService() throws Exception {
        platform = new PlatformStubs(Map.of());
        genesys = new LoopbackGenesys();
        S3TestServer store = S3TestServer.shared();
        TestBroker broker = TestBroker.get();
        Map<String, String> env = new HashMap<>(Map.of("RABBITMQ_HOST", broker.host(),
                "RABBITMQ_PORT", String.valueOf(broker.port()), "OUTBOUND_QUEUE", QUEUES.get("outbound"),
                "STATUS_QUEUE", QUEUES.get("status"), "TENANT_SERVICE_URL", platform.baseUrl(),
                "TENANT_SERVICE_TOKEN", PlatformStubs.SERVICE_TOKEN, "AUTH_SERVICE_URL", platform.baseUrl(),
                "MEDIA_ALLOWED_HOSTS", genesys.genesysBaseUrl() + "," + genesys.storageBaseUrl()));
        env.putAll(Map.of("MINIO_ENDPOINT", store.endpoint(), "MINIO_ACCESS_KEY", store.accessKey(),
                "MINIO_SECRET_KEY", store.secretKey(), "MINIO_SECURE", "false",
                "MINIO_BUCKET", S3TestServer.newBucketName("realshape")));
        service = InProcessService.start(InProcessService.environment(Files.createTempDirectory("realshape"), env));
        client = new WebhookClient(service.port());
        consumer = broker.connect();
    }

    @AfterAll
    static void stopTheService() throws Exception {
        System.out.println("[realshape] what each real shape becomes:\n" + TABLE.render());
        if (consumer != null) {
            try (Channel channel = consumer.createChannel()) {
                for (String queue : QUEUES.values()) {
                    channel.queueDelete(queue);
                }
            }
            consumer.close();
        }
        if (service != null) {
            service.close();
            client.close();
        }
        if (genesys != null) {
            genesys.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    static List<RealShapeCase> cases() {
        return RealShapeCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void publishesWhatTheManifestSaysForTheShape(RealShapeCase shape) throws Exception {
        shape.downloads().forEach(genesys::serve);
        String metricsBefore = client.get("/metrics").body();
        int redirects = genesys.redirects.get();
        int served = genesys.served.get();
        int refusals = genesys.storageRefusals.get();

        WebhookClient.Answer answer = client.send(shape.signed(PlatformStubs.INTEGRATION, genesys.genesysBaseUrl(),
                PlatformStubs.SECRET));
        Map<String, List<JsonNode>> published = takePublished();
        JsonNode event = published.values().stream().flatMap(List::stream).findFirst().orElse(null);
        String mediaCheck = mediaFetchedBack(shape, event);
        TABLE.add(shape.shape(), answer.status(), answer.body(), shape.queue(), event, mediaCheck);

        assertThat(answer.status()).as(answer.body()).isEqualTo(shape.answer().get("status").asInt());
        assertThat(JSON.readTree(answer.body())).isEqualTo(shape.answer().get("body"));
        if (shape.queue() == null) {
            assertThat(published.values()).as("nothing published").allMatch(List::isEmpty);
        } else {
            assertPublishedOnce(shape, published);
        }
        if (!shape.downloads().isEmpty()) {
            assertThat(genesys.storageRefusals.get() - refusals).as("requests to storage with our token").isZero();
            assertThat(genesys.redirects.get() - redirects).as("Genesys redirects to storage").isEqualTo(1);
            assertThat(genesys.served.get() - served).as("downloads from storage").isEqualTo(1);
            assertThat(mediaCheck).as("re-hosted media fetched back").startsWith("media fetched back");
        }
        String metricsAfter = client.get("/metrics").body();
        shape.metrics().forEach((sample, growth) -> assertThat(MetricValues.of(metricsAfter, sample)
                - MetricValues.of(metricsBefore, sample)).as(sample).isEqualTo(growth.doubleValue()));
    }

    private static void assertPublishedOnce(RealShapeCase shape, Map<String, List<JsonNode>> published) {
        published.forEach((queue, events) -> assertThat(events).as("published on %s", queue)
                .hasSize(queue.equals(shape.queue()) ? 1 : 0));
        JsonNode event = published.get(shape.queue()).get(0);
        assertThat(event.path("tenantId").asText()).isEqualTo(PlatformStubs.TENANT);
        assertThat(event.path("integrationId").asText()).isEqualTo(PlatformStubs.INTEGRATION);
        assertThat(JsonSubset.mismatches(shape.event(), event)).as("published %s", event).isEmpty();
    }

    /** For an event with re-hosted media: whether its presigned URL gives back the bytes Genesys served; else null. */
    private static String mediaFetchedBack(RealShapeCase shape, JsonNode event) throws Exception {
        JsonNode media = event == null ? null : event.path("payload").path("media");
        if (media == null || media.isMissingNode() || media.isNull()) {
            return shape.downloads().isEmpty() ? null : "no media published";
        }
        HttpResponse<byte[]> fetched = FETCH.send(HttpRequest.newBuilder(URI.create(media.get("url").asText())).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        boolean same = shape.downloads().values().stream().anyMatch(b -> java.util.Arrays.equals(b.bytes(),
                fetched.body()));
        return (fetched.statusCode() == 200 && same ? "media fetched back: " : "media NOT fetched back: HTTP ")
                + fetched.statusCode() + ", " + fetched.body().length + " bytes";
    }

    private static Map<String, List<JsonNode>> takePublished() throws Exception {
        Map<String, List<JsonNode>> published = new HashMap<>();
        for (Map.Entry<String, String> queue : QUEUES.entrySet()) {
            List<JsonNode> events = new ArrayList<>();
            for (GetResponse message : TestBroker.drain(consumer, queue.getValue())) {
                events.add(JSON.readTree(TestBroker.body(message)));
            }
            published.put(queue.getKey(), events);
        }
        return published;
    }
}
