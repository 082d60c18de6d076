package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FRD 8.4: HTTPS redirect and the per-client rate limit, with `X-Forwarded-Proto` and `X-Forwarded-For` believed only
 * from a peer in `TRUSTED_PROXIES`. The test client connects from 127.0.0.1, so "behind a trusted proxy" trusts that.
 */
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
    void servesRequestsATrustedProxyReceivedOverHttps() throws Exception {
        StubIngest ingest = new StubIngest();
        HttpSettings settings = behindTrustedProxy(HttpSettings.defaults().withEnforceHttps(true));
        try (RunningServer running = new RunningServer(settings, ingest)) {
            // the nearest proxy appends last: what it saw is what counts
            HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/webhook"))
                    .header("Content-Type", "application/json").header("X-Forwarded-Proto", "http, HTTPS")
                    .POST(HttpRequest.BodyPublishers.ofString(Webhooks.text("m"))).build());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(ingest.commands()).hasSize(1);
        }
    }

    @Test
    void redirectsWhenTheTrustedProxySaysTheClientUsedHttp() throws Exception {
        HttpSettings settings = behindTrustedProxy(HttpSettings.defaults().withEnforceHttps(true));
        try (RunningServer running = new RunningServer(settings, new StubIngest())) {
            HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/webhook"))
                    .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https, http")
                    .POST(HttpRequest.BodyPublishers.ofString(Webhooks.text("m"))).build());

            assertThat(response.statusCode()).isEqualTo(308);
        }
    }

    @Test
    void ignoresForwardedProtoFromAPeerThatIsNotATrustedProxy() throws Exception {
        StubIngest ingest = new StubIngest();
        try (RunningServer running = new RunningServer(HttpSettings.defaults().withEnforceHttps(true), ingest)) {
            HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/webhook"))
                    .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https")
                    .POST(HttpRequest.BodyPublishers.ofString(Webhooks.text("m"))).build());

            assertThat(response.statusCode()).isEqualTo(308);
            assertThat(ingest.commands()).isEmpty();
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
    void limitsEachForwardedClientApartWhenThePeerIsATrustedProxy() throws Exception {
        StubIngest ingest = new StubIngest();
        try (RunningServer running = new RunningServer(behindTrustedProxy(HttpSettings.defaults()
                .withRateLimitPerMinute(2)), ingest)) {
            assertThat(postFrom(running, "198.51.100.7", "a1").statusCode()).isEqualTo(200);
            assertThat(postFrom(running, "198.51.100.7", "a2").statusCode()).isEqualTo(200);

            assertThat(postFrom(running, "198.51.100.7", "a3").statusCode()).isEqualTo(429);
            assertThat(postFrom(running, "198.51.100.8", "b1").statusCode()).isEqualTo(200);
            assertThat(ingest.commands()).hasSize(3);
        }
    }

    @Test
    void forgedEntriesLeftOfWhatTheTrustedProxyAppendedBuyNoFreshBudget() throws Exception {
        try (RunningServer running = new RunningServer(behindTrustedProxy(HttpSettings.defaults()
                .withRateLimitPerMinute(2)), new StubIngest())) {
            for (int i = 0; i < 2; i++) {
                assertThat(postFrom(running, "203.0.113." + i + ", 198.51.100.7", "m" + i).statusCode()).isEqualTo(200);
            }

            assertThat(postFrom(running, "203.0.113.9, 198.51.100.7", "m9").statusCode()).isEqualTo(429);
        }
    }

    @Test
    void limitsThePeerItselfWhenItIsNotATrustedProxy() throws Exception {
        try (RunningServer running = new RunningServer(HttpSettings.defaults().withRateLimitPerMinute(2),
                new StubIngest())) {
            for (int i = 0; i < 2; i++) {
                assertThat(postFrom(running, "198.51.100." + i, "m" + i).statusCode()).isEqualTo(200);
            }

            assertThat(postFrom(running, "198.51.100.9", "m9").statusCode()).isEqualTo(429);
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

    /** The test client's own address, 127.0.0.1, is the trusted proxy. */
    private static HttpSettings behindTrustedProxy(HttpSettings settings) {
        return settings.withTrustedProxies(TrustedProxies.parse(List.of("127.0.0.1")));
    }

    private static HttpResponse<String> postFrom(RunningServer running, String forwardedFor, String id)
            throws Exception {
        return running.send(HttpRequest.newBuilder(running.uri("/webhook")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(Webhooks.text(id))).build());
    }
}
