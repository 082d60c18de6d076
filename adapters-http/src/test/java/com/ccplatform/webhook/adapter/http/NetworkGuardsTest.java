package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** FRD 8.4: HTTPS redirect honouring a trusted `X-Forwarded-Proto`, and the per-client rate limit. */
class NetworkGuardsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void redirectsPlainHttpPostWith308SoMethodAndBodyAreKept() throws Exception {
        try (RunningServer running = new RunningServer(HttpSettings.defaults().withEnforceHttps(true), new StubIngest())) {
            HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/webhook?x=1"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Webhooks.text("m"))).build());

            assertThat(response.statusCode()).isEqualTo(308);
            assertThat(response.headers().firstValue("Location"))
                    .hasValue("https://127.0.0.1:" + running.port() + "/webhook?x=1");
        }
    }

    @Test
    void redirectsPlainHttpGetWith301() throws Exception {
        try (RunningServer running = new RunningServer(HttpSettings.defaults().withEnforceHttps(true), new StubIngest())) {
            HttpResponse<String> response = running.get("/anything");

            assertThat(response.statusCode()).isEqualTo(301);
            assertThat(response.headers().firstValue("Location")).hasValue(
                    "https://127.0.0.1:" + running.port() + "/anything");
        }
    }

    @Test
    void servesRequestsAProxyReceivedOverHttps() throws Exception {
        StubIngest ingest = new StubIngest();
        try (RunningServer running = new RunningServer(HttpSettings.defaults().withEnforceHttps(true), ingest)) {
            HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/webhook"))
                    .header("Content-Type", "application/json").header("X-Forwarded-Proto", "HTTPS, http")
                    .POST(HttpRequest.BodyPublishers.ofString(Webhooks.text("m"))).build());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(ingest.commands()).hasSize(1);
        }
    }

    @Test
    void redirectsWhenTheProxySaysTheClientUsedHttp() throws Exception {
        try (RunningServer running = new RunningServer(HttpSettings.defaults().withEnforceHttps(true), new StubIngest())) {
            HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/webhook"))
                    .header("Content-Type", "application/json").header("X-Forwarded-Proto", "http")
                    .POST(HttpRequest.BodyPublishers.ofString(Webhooks.text("m"))).build());

            assertThat(response.statusCode()).isEqualTo(308);
        }
    }

    @Test
    void ignoresForwardedProtoWhenNotTrusted() throws Exception {
        HttpSettings settings = new HttpSettings(0, HttpSettings.DEFAULT_MAX_REQUEST_BYTES,
                HttpSettings.DEFAULT_REQUEST_DEADLINE, true, 0, false);
        try (RunningServer running = new RunningServer(settings, new StubIngest())) {
            HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/webhook"))
                    .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https")
                    .POST(HttpRequest.BodyPublishers.ofString(Webhooks.text("m"))).build());

            assertThat(response.statusCode()).isEqualTo(308);
        }
    }

    @Test
    void neverRedirectsProbesAndScrapes() throws Exception {
        try (RunningServer running = new RunningServer(HttpSettings.defaults().withEnforceHttps(true), new StubIngest())) {
            assertThat(running.get("/health").statusCode()).isEqualTo(200);
            assertThat(running.get("/ready").statusCode()).isEqualTo(200);
            assertThat(running.get("/live").statusCode()).isEqualTo(200);
            assertThat(running.get("/metrics").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void limitsEachClientAndTellsItWhenToRetry() throws Exception {
        StubIngest ingest = new StubIngest();
        try (RunningServer running = new RunningServer(HttpSettings.defaults().withRateLimitPerMinute(3), ingest)) {
            for (int i = 0; i < 3; i++) {
                assertThat(running.postJson("/webhook", Webhooks.text("m" + i)).statusCode()).isEqualTo(200);
            }

            HttpResponse<String> limited = running.postJson("/webhook", Webhooks.text("m4"));

            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(JSON.readTree(limited.body())).isEqualTo(JSON.readTree("{\"error\":\"Too many requests\"}"));
            assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
            assertThat(ingest.commands()).hasSize(3);
            assertThat(running.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void doesNotLimitByDefault() throws Exception {
        try (RunningServer running = new RunningServer(HttpSettings.defaults(), new StubIngest())) {
            for (int i = 0; i < 150; i++) {
                assertThat(running.postJson("/webhook", Webhooks.text("m" + i)).statusCode()).isEqualTo(200);
            }
        }
    }
}
