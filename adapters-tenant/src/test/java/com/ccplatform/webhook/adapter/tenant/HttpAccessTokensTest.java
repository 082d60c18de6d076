package com.ccplatform.webhook.adapter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.AccessToken;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpAccessTokensTest {

    private static final HttpClient CLIENT = SharedHttpClient.create(Duration.ofSeconds(2));
    private static final TenantId TENANT = new TenantId("uuid-5678");

    private final TestTicker ticker = new TestTicker();
    private StubServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = StubServer.start().answer(AuthServiceStub.frd());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private HttpAccessTokens tokens() {
        return tokens(AuthServiceSettings.of(server.uri()));
    }

    private HttpAccessTokens tokens(AuthServiceSettings settings) {
        return new HttpAccessTokens(CLIENT, settings, ticker);
    }

    private static AuthServiceSettings settings(StubServer server, String token, Duration timeout,
                                                BreakerSettings breaker) {
        return new AuthServiceSettings(server.uri(), token, timeout, breaker, Duration.ofSeconds(60));
    }

    private static Deadline soon() {
        return Deadline.in(Duration.ofSeconds(4));
    }

    @Test
    void postsTheTenantAndTheMediaScopeAsJson() throws Exception {
        AccessToken token = tokens().mediaDownloadToken(TENANT, soon());

        StubServer.Request request = server.lastRequest();
        JsonNode body = TenantJson.MAPPER.readTree(request.body());
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(body.path("tenantId").asText()).isEqualTo("uuid-5678");
        assertThat(body.path("scope").asText()).isEqualTo("genesys:media:download");
        assertThat(token.authorizationHeader()).isEqualTo("Bearer " + AuthServiceStub.tokenFor("uuid-5678"));
    }

    @Test
    void addsTheBearerPrefixWhenTheServiceLeavesItOut() throws Exception {
        server.answer(new AuthServiceStub(3600, false));

        assertThat(tokens().mediaDownloadToken(TENANT, soon()).authorizationHeader())
                .isEqualTo("Bearer " + AuthServiceStub.tokenFor("uuid-5678"));
    }

    @Test
    void sendsAServiceTokenOnlyWhenOneIsConfigured() throws Exception {
        tokens().mediaDownloadToken(TENANT, soon());
        assertThat(server.lastRequest().header("Authorization")).isNull();

        tokens(settings(server, "auth-service-token", Duration.ofSeconds(2), BreakerSettings.defaults()))
                .mediaDownloadToken(TENANT, soon());
        assertThat(server.lastRequest().header("Authorization")).isEqualTo("Bearer auth-service-token");
    }

    @Test
    void reusesATenantsTokenUntilAMinuteBeforeItExpires() throws Exception {
        HttpAccessTokens tokens = tokens();
        tokens.mediaDownloadToken(TENANT, soon());
        ticker.advance(Duration.ofSeconds(3539));
        tokens.mediaDownloadToken(TENANT, soon());
        assertThat(server.requestCount()).isEqualTo(1);

        ticker.advance(Duration.ofSeconds(2));
        tokens.mediaDownloadToken(TENANT, soon());
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void replacesAShortLivedTokenAtLeastFiveSecondsEarly() throws Exception {
        server.answer(new AuthServiceStub(30, true));
        HttpAccessTokens tokens = tokens();
        tokens.mediaDownloadToken(TENANT, soon());
        ticker.advance(Duration.ofSeconds(24));
        tokens.mediaDownloadToken(TENANT, soon());
        assertThat(server.requestCount()).isEqualTo(1);

        ticker.advance(Duration.ofSeconds(2));
        tokens.mediaDownloadToken(TENANT, soon());
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void doesNotReuseATokenWithoutALifetime() throws Exception {
        server.answer(StubServer.json(200, "{\"accessToken\":\"Bearer abc\"}"));
        HttpAccessTokens tokens = tokens();

        tokens.mediaDownloadToken(TENANT, soon());
        tokens.mediaDownloadToken(TENANT, soon());

        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void concurrentRequestsForOneTenantShareOneCall() throws Exception {
        server.answer(StubServer.after(Duration.ofMillis(300), AuthServiceStub.frd()));
        HttpAccessTokens tokens = tokens();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<AccessToken>> requests = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                requests.add(pool.submit(() -> {
                    go.await();
                    return tokens.mediaDownloadToken(TENANT, Deadline.in(Duration.ofSeconds(20)));
                }));
            }
            go.countDown();
            for (Future<AccessToken> request : requests) {
                assertThat(request.get(30, TimeUnit.SECONDS).authorizationHeader()).contains("token-for-uuid-5678");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void doesNotRepeatAPostTheServiceFailed() {
        server.answer(StubServer.status(500));

        assertThatThrownBy(() -> tokens().mediaDownloadToken(TENANT, soon()))
                .isInstanceOfSatisfying(DependencyUnavailableException.class,
                        e -> assertThat(e.dependency()).isEqualTo("auth-service"));
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void treatsAMalformedAnswerAsUnavailableWithoutQuotingIt() {
        server.answer(StubServer.json(200, "{\"accessToken\": Bearer secret-token-text"));

        assertThatThrownBy(() -> tokens().mediaDownloadToken(TENANT, soon()))
                .isInstanceOf(DependencyUnavailableException.class)
                .satisfies(e -> assertThat(HttpTenantDirectoryTest.describe(e)).doesNotContain("secret-token-text"));
    }

    @Test
    void treatsAnAnswerWithoutATokenAsUnavailable() {
        server.answer(StubServer.json(200, "{\"expiresIn\":3600}"));

        assertThatThrownBy(() -> tokens().mediaDownloadToken(TENANT, soon()))
                .isInstanceOf(DependencyUnavailableException.class).hasMessageContaining("accessToken");
    }

    @Test
    void givesUpOnASlowServiceAtItsTimeout() {
        server.answer(StubServer.after(Duration.ofSeconds(10), AuthServiceStub.frd()));
        long start = System.nanoTime();

        assertThatThrownBy(() -> tokens(settings(server, null, Duration.ofMillis(300), BreakerSettings.defaults()))
                .mediaDownloadToken(TENANT, soon()))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void opensItsBreakerAfterRepeatedFailuresAndThenFailsFast() {
        server.answer(StubServer.after(Duration.ofSeconds(10), AuthServiceStub.frd()));
        HttpAccessTokens tokens = tokens(settings(server, null, Duration.ofSeconds(4),
                new BreakerSettings(2, Duration.ofSeconds(30))));
        for (int i = 0; i < 20 && tokens.breakerState() != BreakerState.OPEN; i++) {
            assertThatThrownBy(() -> tokens.mediaDownloadToken(TENANT, Deadline.in(Duration.ofMillis(200))))
                    .isInstanceOf(DependencyUnavailableException.class);
        }
        int callsBefore = server.requestCount();
        long start = System.nanoTime();

        assertThatThrownBy(() -> tokens.mediaDownloadToken(TENANT, soon()))
                .hasMessageContaining("circuit breaker open");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(server.requestCount()).isEqualTo(callsBefore);
        assertThat(tokens.breakerState()).isEqualTo(BreakerState.OPEN);
        assertThat(tokens.breakerState().gaugeValue()).isEqualTo(2);
        assertThat(tokens.healthProbe().name()).isEqualTo("auth-service");
        assertThat(tokens.healthProbe().check().healthy()).isFalse();
    }
}
