package com.ccplatform.webhook.bootstrap;

import com.ccplatform.webhook.adapter.amqp.TestBroker;
import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.minio.S3TestServer;
import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole service as deployed: the real jar's wiring, the real HTTP server, RabbitMQ (or the embedded broker where
 * none runs), a real S3 API, and loopback stand-ins for the Tenant Service, the Auth Service and Genesys downloads.
 */
class EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PNG = "\u0089PNG end-to-end image".getBytes(StandardCharsets.ISO_8859_1);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String OUTBOUND = "e2e-outbound-" + RUN;
    private static final String STATUS = "e2e-status-" + RUN;

    private static PlatformStubs platform;
    private static WebhookService service;
    private static Connection broker;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheService() throws Exception {
        platform = new PlatformStubs(Map.of("/downloads/media-e2e", PNG));
        TestBroker testBroker = TestBroker.get();
        S3TestServer s3 = S3TestServer.shared();
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("RABBITMQ_HOST", testBroker.host());
        env.put("RABBITMQ_PORT", String.valueOf(testBroker.port()));
        env.put("OUTBOUND_QUEUE", OUTBOUND);
        env.put("STATUS_QUEUE", STATUS);
        env.put("TENANT_SERVICE_URL", platform.baseUrl());
        env.put("TENANT_SERVICE_TOKEN", PlatformStubs.SERVICE_TOKEN);
        env.put("AUTH_SERVICE_URL", platform.baseUrl());
        env.put("MEDIA_ALLOWED_HOSTS", platform.baseUrl());
        env.put("MINIO_ENDPOINT", s3.endpoint());
        env.put("MINIO_ACCESS_KEY", s3.settings("x").accessKey());
        env.put("MINIO_SECRET_KEY", s3.settings("x").secretKey());
        env.put("MINIO_BUCKET", S3TestServer.newBucketName("e2e"));
        env.put("MINIO_SECURE", "false");
        System.out.println("end-to-end: S3 API is " + s3.kind());
        service = WebhookService.start(ServiceConfiguration.from(new Environment(env)));
        broker = testBroker.connect();
    }

    @AfterAll
    static void stopTheService() throws Exception {
        if (service != null) {
            service.stop();
        }
        if (broker != null) {
            broker.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void textMessageIsPublishedToOutboundQueueExactlyAsTheFrdSays() throws Exception {
        String id = "msg-text-" + RUN;
        HttpResponse<String> answer = sendSigned(text(id, null));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"status\":\"accepted\"}");
        JsonNode published = JSON.readTree(TestBroker.body(take(OUTBOUND, id)));
        assertThat(published.get("tenantId").asText()).isEqualTo(PlatformStubs.TENANT);
        assertThat(published.get("genesysId").asText()).isEqualTo(id);
        assertThat(published.get("type").asText()).isEqualTo("message");
        assertThat(published.get("timestamp").asText()).isEqualTo("2023-01-01T12:00:00.000Z");
        assertThat(published.at("/payload/text").asText()).isEqualTo("Hello, how can I help you?");
        assertThat(published.at("/payload/to_id").asText()).isEqualTo("919876543210");
        assertThat(published.at("/payload/to_id_type").asText()).isEqualTo("Phone");
        assertThat(published.at("/payload/media").isNull()).isTrue();
    }

    @Test
    void attachmentIsRehostedAndItsPresignedUrlServesTheOriginalBytes() throws Exception {
        String id = "msg-media-" + RUN;
        String content = ",\"content\":[{\"contentType\":\"Attachment\",\"attachment\":{\"id\":\"media-e2e\","
                + "\"url\":\"" + platform.baseUrl() + "/downloads/media-e2e\",\"mime\":\"image/png\","
                + "\"filename\":\"photo.png\"}}]";

        HttpResponse<String> answer = sendSigned(text(id, content));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode media = JSON.readTree(TestBroker.body(take(OUTBOUND, id))).at("/payload/media");
        assertThat(media.get("mime_type").asText()).isEqualTo("image/png");
        assertThat(media.get("filename").asText()).isEqualTo("photo.png");
        assertThat(media.get("original_id").asText()).isEqualTo("media-e2e");
        assertThat(media.get("url").asText()).contains("/" + PlatformStubs.TENANT + "/").contains("X-Amz-Expires=604800");
        HttpResponse<byte[]> fetched = http.send(HttpRequest.newBuilder(URI.create(media.get("url").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(PNG);
        assertThat(platform.downloadAuthorizations).contains("Bearer " + PlatformStubs.MEDIA_TOKEN);
    }

    @Test
    void receiptIsPublishedToStatusQueue() throws Exception {
        String id = "receipt-" + RUN;
        String body = "{\"id\":\"" + id + "\",\"channel\":{\"platform\":\"Open\",\"type\":\"Private\","
                + "\"to\":{\"id\":\"" + PlatformStubs.INTEGRATION + "\",\"idType\":\"Email\"},"
                + "\"from\":{\"id\":\"919876543210\",\"idType\":\"Phone\"},\"time\":\"2023-01-01T12:01:00.000Z\","
                + "\"messageId\":\"msg-abc-123\"},\"type\":\"Receipt\",\"status\":\"Delivered\",\"direction\":\"Outbound\"}";

        HttpResponse<String> answer = sendSigned(body);

        assertThat(answer.statusCode()).isEqualTo(200);
        GetResponse message = take(STATUS, id + ":delivered");
        JsonNode published = JSON.readTree(TestBroker.body(message));
        assertThat(published.get("originalMessageId").asText()).isEqualTo("msg-abc-123");
        assertThat(published.get("status").asText()).isEqualTo("delivered");
        assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
        assertThat(message.getProps().getHeaders()).containsKeys("tenantId", "eventType");
    }

    @Test
    void echoIsAcknowledgedAndNotPublished() throws Exception {
        String id = "msg-echo-" + RUN;
        HttpResponse<String> answer = sendSigned(text(id, null).replace("\"messageId\":null",
                "\"messageId\":\"mw-injected-uuid-12345\""));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"status\":\"accepted\",\"echo_filtered\":true}");
        assertThat(idsIn(OUTBOUND)).doesNotContain(id);
    }

    @Test
    void forgedSignatureIsRefusedAndNothingIsPublished() throws Exception {
        String id = "msg-forged-" + RUN;
        String body = text(id, null);
        String forged = new SignatureVerifier().sign(body.getBytes(StandardCharsets.UTF_8),
                new WebhookSecret("not-the-tenants-secret-at-all"));

        HttpResponse<String> answer = send(body, forged);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).isEqualTo("{\"error\":\"Invalid signature\"}");
        assertThat(idsIn(OUTBOUND)).doesNotContain(id);
    }

    @Test
    void healthNamesEveryConfiguredDependencyAndMetricsShowTheCircuitBreakers() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + service.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + service.port() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode dependencies = JSON.readTree(health.body()).get("dependencies");
        assertThat(dependencies.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("rabbitmq", "minio", "tenant-service", "auth-service");
        assertThat(metrics.body()).contains("dependency_circuit_state{dependency=\"tenant-service\"} 0.0",
                "dependency_circuit_state{dependency=\"auth-service\"} 0.0");
    }

    private static String text(String id, String content) {
        return "{\"id\":\"" + id + "\",\"channel\":{\"platform\":\"Open\",\"type\":\"Private\","
                + "\"to\":{\"id\":\"919876543210\",\"idType\":\"Phone\"},"
                + "\"from\":{\"id\":\"" + PlatformStubs.INTEGRATION + "\",\"idType\":\"Email\"},"
                + "\"time\":\"2023-01-01T12:00:00.000Z\",\"messageId\":null},\"type\":\"Text\","
                + "\"text\":\"Hello, how can I help you?\",\"direction\":\"Outbound\"" + (content == null ? "" : content)
                + "}";
    }

    private HttpResponse<String> sendSigned(String body) throws Exception {
        return send(body, new SignatureVerifier().sign(body.getBytes(StandardCharsets.UTF_8),
                new WebhookSecret(PlatformStubs.SECRET)));
    }

    private HttpResponse<String> send(String body, String signature) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/webhook"))
                .header("Content-Type", "application/json").header("X-Hub-Signature-256", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The message with this message_id; other tests' messages taken on the way are left for them to find. */
    private static synchronized GetResponse take(String queue, String messageId) throws Exception {
        List<GetResponse> all = TestBroker.drain(broker, queue);
        GetResponse found = null;
        for (GetResponse message : all) {
            if (messageId.equals(message.getProps().getMessageId())) {
                found = message;
            } else {
                SEEN.computeIfAbsent(queue, q -> new java.util.ArrayList<>()).add(message);
            }
        }
        if (found == null) {
            found = SEEN.getOrDefault(queue, List.of()).stream()
                    .filter(m -> messageId.equals(m.getProps().getMessageId())).findFirst().orElse(null);
        }
        assertThat(found).as("message %s in %s", messageId, queue).isNotNull();
        return found;
    }

    private static synchronized List<String> idsIn(String queue) throws Exception {
        SEEN.computeIfAbsent(queue, q -> new java.util.ArrayList<>()).addAll(TestBroker.drain(broker, queue));
        return SEEN.get(queue).stream().map(m -> m.getProps().getMessageId()).toList();
    }

    private static final Map<String, List<GetResponse>> SEEN = new HashMap<>();
}
