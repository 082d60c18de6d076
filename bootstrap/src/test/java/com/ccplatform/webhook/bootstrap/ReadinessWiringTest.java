package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 3 as bootstrap wires it, with the real adapters: `/ready` means "this pod can accept webhooks" (the
 * broker is usable and the pod is not draining), `/health` reports every dependency, `/live` depends on none. The
 * broker is the embedded one unless a test points RABBITMQ_HOST elsewhere; dependencies that are down are loopback
 * ports nothing listens on, or the platform stub told to fail.
 */
class ReadinessWiringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path workDir;
    private final HttpClient http = HttpClient.newHttpClient();
    private WebhookService service;
    private PlatformStubs platform;

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void mediaStoreAuthServiceAndAnOpenTenantBreakerKeepThePodReadyAndHealthSaysWhy() throws Exception {
        platform = new PlatformStubs(Map.of());
        Map<String, String> env = embeddedDefaults();
        env.put("MINIO_ENDPOINT", "http://127.0.0.1:" + closedPort());
        env.put("MINIO_ACCESS_KEY", "access-key");
        env.put("MINIO_SECRET_KEY", "secret-key-of-a-store-that-is-down");
        env.put("MINIO_SECURE", "false");
        env.put("AUTH_SERVICE_URL", "http://127.0.0.1:" + closedPort());
        env.put("TENANT_SERVICE_URL", platform.baseUrl());
        env.put("TENANT_SERVICE_TOKEN", PlatformStubs.SERVICE_TOKEN);
        env.put("MEDIA_ALLOWED_HOSTS", platform.baseUrl());
        service = WebhookService.start(ServiceConfiguration.from(new Environment(env)));
        assertThat(send(PlatformStubs.INTEGRATION, "cached", null).statusCode()).as("tenant now cached").isEqualTo(200);

        platform.failTenantLookups();
        for (int i = 0; i < 10 && dependencyIsUp("tenant-service"); i++) {
            assertThat(send("unknown-" + RUN + "-" + i, "unknown-" + i, null).statusCode()).isEqualTo(503);
        }
        for (int i = 0; i < 10 && dependencyIsUp("auth-service"); i++) {
            assertThat(send(PlatformStubs.INTEGRATION, "media-" + i, attachment()).statusCode())
                    .as("media degrades to text").isEqualTo(200);
        }
        HttpResponse<String> cachedTenant = send(PlatformStubs.INTEGRATION, "while-open", null);
        HttpResponse<String> ready = get("/ready");
        HttpResponse<String> health = get("/health");
        HttpResponse<String> live = get("/live");

        assertThat(cachedTenant.statusCode()).as("a cached tenant is served").isEqualTo(200);
        assertThat(ready.statusCode()).as("/ready: %s", ready.body()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body())).isEqualTo(JSON.readTree("{\"status\":\"ready\"}"));
        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode report = JSON.readTree(health.body());
        assertThat(report.get("dependencies")).isEqualTo(JSON.readTree("{\"auth-service\":\"unhealthy\","
                + "\"minio\":\"unhealthy\",\"rabbitmq\":\"healthy\",\"tenant-service\":\"unhealthy\"}"));
        assertThat(report.at("/details/tenant-service").asText()).startsWith("circuit open");
        assertThat(report.at("/details/auth-service").asText()).startsWith("circuit open");
        assertThat(report.at("/details/minio").asText()).isNotBlank();
        assertAlive(live);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void brokerDownMakesThePodNotReadyForThatReasonAlone() throws Exception {
        Map<String, String> env = embeddedDefaults();
        env.put("RABBITMQ_HOST", "127.0.0.1");
        env.put("RABBITMQ_PORT", String.valueOf(closedPort()));
        service = WebhookService.start(ServiceConfiguration.from(new Environment(env)));

        HttpResponse<String> ready = get("/ready");
        HttpResponse<String> health = get("/health");

        assertThat(ready.statusCode()).isEqualTo(503);
        JsonNode reasons = JSON.readTree(ready.body()).get("reasons");
        assertThat(reasons).hasSize(1);
        assertThat(reasons.get(0).asText()).startsWith("rabbitmq unhealthy");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(health.body()).at("/dependencies/rabbitmq").asText()).isEqualTo("unhealthy");
        assertAlive(get("/live"));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void drainingMakesThePodNotReadyWhileItStaysAlive() throws Exception {
        Map<String, String> env = embeddedDefaults();
        env.put("SHUTDOWN_DRAIN_SECONDS", "5");
        service = WebhookService.start(ServiceConfiguration.from(new Environment(env)));
        WebhookService draining = service;
        service = null;

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(draining::stop);
        HttpResponse<String> ready = get(draining, "/ready");
        for (int i = 0; i < 50 && ready.statusCode() == 200; i++) {
            Thread.sleep(20);
            ready = get(draining, "/ready");
        }
        HttpResponse<String> live = get(draining, "/live");
        HttpResponse<String> health = get(draining, "/health");
        stopping.get(1, TimeUnit.MINUTES);

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(ready.body()).get("reasons")).containsExactly(JSON.readTree("\"draining\""));
        assertThat(health.statusCode()).isEqualTo(200);
        assertAlive(live);
    }

    /** Development: each test points some parts at real (or dead) dependencies and leaves the others embedded. */
    private Map<String, String> embeddedDefaults() {
        Map<String, String> env = new HashMap<>();
        env.put("ENVIRONMENT", "development");
        env.put("PORT", "0");
        env.put("TENANTS_FILE", workDir.resolve("tenants.json").toString());
        env.put("MEDIA_DIRECTORY", workDir.resolve("media").toString());
        env.put("SHUTDOWN_GRACE_SECONDS", "5");
        return env;
    }

    private static void assertAlive(HttpResponse<String> live) throws IOException {
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(live.body())).isEqualTo(JSON.readTree("{\"status\":\"alive\"}"));
    }

    private boolean dependencyIsUp(String name) throws Exception {
        return JSON.readTree(get("/health").body()).at("/dependencies/" + name).asText().equals("healthy");
    }

    /** A loopback port nothing listens on: connections to it are refused at once. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String attachment() {
        return ",\"content\":[{\"contentType\":\"Attachment\",\"attachment\":{\"id\":\"media-1\",\"url\":\""
                + platform.baseUrl() + "/downloads/media-1\",\"mime\":\"image/png\",\"filename\":\"photo.png\"}}]";
    }

    private HttpResponse<String> send(String integration, String id, String content) throws Exception {
        String body = "{\"id\":\"msg-" + id + "-" + RUN + "\",\"channel\":{\"platform\":\"Open\",\"type\":\"Private\","
                + "\"to\":{\"id\":\"919876543210\",\"idType\":\"Phone\"},\"from\":{\"id\":\"" + integration + "\","
                + "\"idType\":\"Email\"},\"time\":\"2023-01-01T12:00:00.000Z\",\"messageId\":null},\"type\":\"Text\","
                + "\"text\":\"Hello\",\"direction\":\"Outbound\"" + (content == null ? "" : content) + "}";
        String signature = new SignatureVerifier().sign(body.getBytes(StandardCharsets.UTF_8),
                new WebhookSecret(PlatformStubs.SECRET));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/webhook"))
                .header("Content-Type", "application/json").header("X-Hub-Signature-256", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(service, path);
    }

    private HttpResponse<String> get(WebhookService target, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
