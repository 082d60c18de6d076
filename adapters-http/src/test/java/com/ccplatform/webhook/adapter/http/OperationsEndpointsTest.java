package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * `/health`, `/ready`, `/live` and `/metrics` over real HTTP, with a real health service and dependencies the test
 * switches: the broker (required for readiness) and the media store (only reported).
 */
class OperationsEndpointsTest extends StubbedServerTest {

    @AfterEach
    void dependenciesBackUp() {
        running.rabbit.set(true);
        running.minio.set(true);
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
    void isNotReadyWhileTheBrokerIsDownAndGivesOnlyThatReason() throws Exception {
        running.rabbit.set(false);
        running.minio.set(false);

        HttpResponse<String> response = running.get("/ready");

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("not ready");
        assertThat(body.get("reasons")).containsExactly(JSON.readTree("\"rabbitmq unhealthy: connection refused\""));
    }

    @Test
    void staysReadyWhileADependencyItDegradesWithoutIsDownAndHealthSaysWhich() throws Exception {
        running.minio.set(false);

        HttpResponse<String> ready = running.get("/ready");
        HttpResponse<String> health = running.get("/health");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body())).isEqualTo(JSON.readTree("{\"status\":\"ready\"}"));
        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("degraded");
        assertThat(body.get("dependencies").get("minio").asText()).isEqualTo("unhealthy");
        assertThat(body.get("details").get("minio").asText()).isEqualTo("connection refused");
        assertThat(body.get("dependencies").get("rabbitmq").asText()).isEqualTo("healthy");
    }

    @Test
    void isAliveWithoutAskingAnyDependencyEvenWhenAllAreDown() throws Exception {
        running.rabbit.set(false);
        running.minio.set(false);
        int checksBefore = running.rabbit.checks() + running.minio.checks();

        HttpResponse<String> response = running.get("/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"status\":\"alive\"}"));
        assertThat(running.rabbit.checks() + running.minio.checks()).isEqualTo(checksBefore);
    }

    @Test
    void servesPrometheusTextWithJvmAndHttpServerMetrics() throws Exception {
        running.postJson("/webhook", Webhooks.text("m"));
        running.get("/health");
        running.get("/live");

        HttpResponse<String> response = running.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain")
                .contains("version=0.0.4");
        assertThat(response.body()).contains("jvm_memory_used_bytes{", "jvm_gc_", "jvm_threads_live_threads",
                "process_cpu_usage", "process_uptime_seconds", "jetty_threads_busy",
                "http_server_requests_seconds_count{method=\"POST\",status=\"200\",uri=\"/webhook\"}",
                "http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/health\"}",
                "http_server_requests_seconds_count{method=\"GET\",status=\"200\",uri=\"/live\"}");
    }

    @Test
    void countsUnknownPathsUnderOneLabel() throws Exception {
        running.get("/scan/" + System.nanoTime());

        String metrics = running.get("/metrics").body();

        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",status=\"404\",uri=\"other\"}")
                .doesNotContain("/scan/");
    }
}
