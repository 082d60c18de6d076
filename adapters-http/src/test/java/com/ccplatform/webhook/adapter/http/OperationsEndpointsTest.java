package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** `/health`, `/ready` and `/metrics` over real HTTP, with a real health service and a dependency the test switches. */
class OperationsEndpointsTest extends StubbedServerTest {

    @AfterEach
    void rabbitBackUp() {
        running.rabbit.set(true);
    }

    @Test
    void reportsHealthyWithEachDependency() throws Exception {
        HttpResponse<String> response = running.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("healthy");
        assertThat(body.get("dependencies").get("rabbitmq").asText()).isEqualTo("healthy");
        assertThat(body.get("details").get("rabbitmq").asText()).isEqualTo("connected");
        assertThat(Instant.parse(body.get("timestamp").asText())).isNotNull();
    }

    @Test
    void reportsDegradedWith503WhenADependencyIsDown() throws Exception {
        running.rabbit.set(false);

        HttpResponse<String> response = running.get("/health");

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("degraded");
        assertThat(body.get("dependencies").get("rabbitmq").asText()).isEqualTo("unhealthy");
    }

    @Test
    void isReadyWhenHealthyAndNotDraining() throws Exception {
        HttpResponse<String> response = running.get("/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"status\":\"ready\"}"));
    }

    @Test
    void isNotReadyWhileADependencyIsDown() throws Exception {
        running.rabbit.set(false);

        HttpResponse<String> response = running.get("/ready");

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("not ready");
        assertThat(body.get("reasons").get(0).asText()).isEqualTo("rabbitmq unhealthy: connection refused");
    }

    @Test
    void servesPrometheusTextWithJvmAndHttpServerMetrics() throws Exception {
        running.postJson("/webhook", Webhooks.text("m"));
        running.get("/health");

        HttpResponse<String> response = running.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain")
                .contains("version=0.0.4");
        assertThat(response.body()).contains("jvm_memory_used_bytes{", "jvm_gc_", "jvm_threads_live_threads",
                "process_cpu_usage", "process_uptime_seconds", "jetty_threads_busy",
                "http_server_requests_seconds_count{method=\"POST\",status=\"200\",uri=\"/webhook\"}",
                "http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/health\"}");
    }

    @Test
    void countsUnknownPathsUnderOneLabel() throws Exception {
        running.get("/scan/" + System.nanoTime());

        String metrics = running.get("/metrics").body();

        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",status=\"404\",uri=\"other\"}")
                .doesNotContain("/scan/");
    }
}
