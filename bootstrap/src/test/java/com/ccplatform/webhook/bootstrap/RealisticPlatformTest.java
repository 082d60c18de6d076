package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.amqp.TestBroker;
import com.ccplatform.webhook.bootstrap.RealisticPlatform.StoredFile;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole service against the platform as production has it (issue 14): a tenant record without {@code status}, and
 * attachment downloads that Genesys redirects to signed storage, which refuses a request carrying the tenant's token
 * and serves a generic {@code binary/octet-stream}. Embedded broker and local media directory; loopback stubs.
 */
class RealisticPlatformTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PNG = "\u0089PNG a receipt, via signed storage".getBytes(StandardCharsets.ISO_8859_1);
    private static final int ONE_MIB = 1024 * 1024;

    @TempDir
    static Path workDir;
    private static RealisticPlatform platform;
    private static WebhookService service;
    private static Connection broker;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheService() throws Exception {
        platform = new RealisticPlatform();
        Map<String, String> env = new HashMap<>();
        env.put("ENVIRONMENT", "development"); // real platform services beside the embedded broker and store
        env.put("PORT", "0");
        env.put("TENANT_SERVICE_URL", platform.genesysUrl());
        env.put("TENANT_SERVICE_TOKEN", RealisticPlatform.SERVICE_TOKEN);
        env.put("AUTH_SERVICE_URL", platform.genesysUrl());
        env.put("MEDIA_ALLOWED_HOSTS", platform.genesysUrl());
        env.put("MEDIA_REDIRECT_ALLOWED_HOSTS", platform.storageUrl());
        env.put("MAX_FILE_SIZE_MB", "1");
        env.put("MEDIA_DIRECTORY", workDir.resolve("media").toString());
        env.put("TENANTS_FILE", workDir.resolve("tenants.json").toString());
        service = WebhookService.start(ServiceConfiguration.from(new Environment(env)));
        String[] address = service.embeddedBrokerAddress().orElseThrow().split(":");
        broker = TestBroker.connect(address[0], Integer.parseInt(address[1]));
    }

    @AfterAll
    static void stopTheService() throws Exception {
        if (broker != null) {
            broker.close();
        }
        if (service != null) {
            service.stop();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void acceptsAWebhookWhoseTenantRecordHasNoStatus() throws Exception {
        HttpResponse<String> answer = send(webhook("msg-no-status", RealisticPlatform.INTEGRATION, ""));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"status\":\"accepted\"}");
        assertThat(published("msg-no-status").get("tenantId").asText()).isEqualTo(RealisticPlatform.TENANT);
    }

    @Test
    void stillRefusesATenantWhoseRecordSaysSuspended() throws Exception {
        HttpResponse<String> answer = send(webhook("msg-suspended", RealisticPlatform.SUSPENDED, ""));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).isEqualTo("{\"error\":\"Tenant inactive\"}");
    }

    @Test
    void rehostsAnAttachmentThatGenesysRedirectsToSignedStorage() throws Exception {
        String url = platform.store("pce-receipt", new StoredFile(PNG, "binary/octet-stream", true));

        JsonNode payload = publishedPayload("msg-redirected", attachment(url, sha256(PNG), (long) PNG.length));

        assertThat(payload.path("media_processing_failed").asBoolean(false)).isFalse();
        JsonNode media = payload.get("media");
        assertThat(media.get("mime_type").asText()).isEqualTo("image/png");
        assertThat(Files.readAllBytes(Path.of(URI.create(media.get("url").asText())))).isEqualTo(PNG);
        assertThat(platform.genesysAuthorizations).contains("Bearer " + RealisticPlatform.MEDIA_TOKEN);
        assertThat(platform.storageAuthorizations).containsOnly("null");
    }

    @Test
    void degradesToTextWhenTheRedirectedBodyPassesTheSizeLimit() throws Exception {
        String url = platform.store("pce-large", new StoredFile(new byte[ONE_MIB + 1], "image/png", false));

        JsonNode payload = publishedPayload("msg-too-large", attachment(url, null, null));

        assertThat(payload.get("media_failure_reason").asText()).isEqualTo("too_large");
    }

    @Test
    void degradesToTextWhenTheRedirectedBodyDiffersFromItsSha256() throws Exception {
        String url = platform.store("pce-tampered", new StoredFile(PNG, "image/png", true));

        JsonNode payload = publishedPayload("msg-tampered", attachment(url, sha256(new byte[] {1}), null));

        assertThat(payload.get("media_failure_reason").asText()).isEqualTo("checksum_mismatch");
    }

    @Test
    void degradesToTextWhenStorageServesAnotherSpecificType() throws Exception {
        String url = platform.store("pce-login-page", new StoredFile(PNG, "text/html; charset=utf-8", true));

        JsonNode payload = publishedPayload("msg-html", attachment(url, null, null));

        assertThat(payload.get("media_failure_reason").asText()).isEqualTo("mime_not_allowed");
    }

    private JsonNode publishedPayload(String id, String content) throws Exception {
        HttpResponse<String> answer = send(webhook(id, RealisticPlatform.INTEGRATION, content));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode payload = published(id).get("payload");
        assertThat(payload.get("text").asText()).isEqualTo("Here is your receipt");
        return payload;
    }

    private static String attachment(String url, String sha256, Long size) {
        return ",\"content\":[{\"contentType\":\"Attachment\",\"attachment\":{\"id\":\"8b36304e-ad42-4e7d-ac35\","
                + "\"mediaType\":\"Image\",\"url\":\"" + url + "\",\"mime\":\"image/png\",\"filename\":\"receipt.png\""
                + (sha256 == null ? "" : ",\"sha256\":\"" + sha256 + "\"")
                + (size == null ? "" : ",\"contentSizeBytes\":" + size) + "}}]";
    }

    /** A real-shaped outbound message (genesys-wire-facts): the integration in channel.id and channel.from.id. */
    private static String webhook(String id, String integration, String content) {
        return "{\"id\":\"" + id + "\",\"channel\":{\"id\":\"" + integration + "\",\"platform\":\"Open\","
                + "\"type\":\"Private\",\"to\":{\"id\":\"447700900123\",\"idType\":\"Opaque\"},"
                + "\"from\":{\"id\":\"" + integration + "\",\"idType\":\"Opaque\",\"nickname\":\"Acme Support\"},"
                + "\"time\":\"2026-03-25T13:20:05.493Z\",\"messageId\":\"" + id + "\"},\"type\":\"Text\","
                + "\"text\":\"Here is your receipt\",\"originatingEntity\":\"Human\",\"direction\":\"Outbound\""
                + content + "}";
    }

    private HttpResponse<String> send(String body) throws Exception {
        String signature = new SignatureVerifier().sign(body.getBytes(StandardCharsets.UTF_8),
                new WebhookSecret(RealisticPlatform.SECRET));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/webhook"))
                .header("Content-Type", "application/json").header("X-Hub-Signature-256", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode published(String messageId) throws Exception {
        List<GetResponse> queued = TestBroker.drain(broker, "outboundQueue");
        GetResponse message = queued.stream().filter(m -> messageId.equals(m.getProps().getMessageId()))
                .findFirst().orElseThrow(() -> new AssertionError(messageId + " was not published"));
        return JSON.readTree(TestBroker.body(message));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
