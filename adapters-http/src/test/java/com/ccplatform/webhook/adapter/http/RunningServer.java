package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.in.IngestWebhookUseCase;
import com.ccplatform.webhook.application.service.HealthService;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A real {@link WebhookHttpServer} on a free loopback port, with a real health service (the broker required for
 * readiness, the media store only reported) and an HTTP client.
 */
final class RunningServer implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    final SwitchableProbe rabbit = new SwitchableProbe("rabbitmq");
    /** A dependency the service degrades without: in `/health`, not in `/ready`. */
    final SwitchableProbe minio = new SwitchableProbe("minio");
    final HealthService health = new HealthService(List.of(rabbit), List.of(minio));
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final WebhookHttpServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    RunningServer(HttpSettings settings, IngestWebhookUseCase ingest) {
        this.server = new WebhookHttpServer(settings.withPort(0), ingest, health, registry).start();
    }

    static HttpSettings smallSettings(long maxBytes) {
        return HttpSettings.defaults().withMaxRequestBytes(maxBytes);
    }

    int port() {
        return server.port();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    HttpResponse<String> postJson(String path, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return postJson(path, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        // A stop takes about 1 s here. Now and then Jetty's graceful stop does not finish (seen even on a server that
        // had only answered three GETs); stop() then logs and returns once the grace is spent, so 5 s is enough.
        server.stop(Duration.ofSeconds(5));
    }
}
