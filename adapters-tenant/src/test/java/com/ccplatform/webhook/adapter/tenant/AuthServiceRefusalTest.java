package com.ccplatform.webhook.adapter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.domain.tenant.TenantId;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12 item 2 for the Auth Service: a refused or malformed token answer fails that tenant's attachment alone (the
 * message degrades to text) and never counts in the breaker; connect failures, 5xx and 429 still open it.
 */
class AuthServiceRefusalTest {

    private static final HttpClient CLIENT = SharedHttpClient.create(Duration.ofSeconds(2));
    private static final TenantId TENANT = new TenantId("uuid-5678");
    private static final BreakerSettings OPENS_AFTER_THREE = new BreakerSettings(3, Duration.ofSeconds(30));

    private StubServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = StubServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static HttpAccessTokens tokensAt(URI uri) {
        return new HttpAccessTokens(CLIENT, new AuthServiceSettings(uri, null, Duration.ofSeconds(2),
                OPENS_AFTER_THREE, Duration.ofSeconds(60)));
    }

    private static Deadline soon() {
        return Deadline.in(Duration.ofSeconds(4));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 422})
    void aRefusedTokenFailsThatRequestAloneAndNeverOpensTheBreaker(int status) throws Exception {
        server.answer(StubServer.status(status));
        HttpAccessTokens tokens = tokensAt(server.uri());

        try (CapturedLog log = CapturedLog.of(HttpAccessTokens.class)) {
            for (int i = 0; i < 20; i++) {
                TenantId tenant = new TenantId("tenant-" + i);
                assertThatThrownBy(() -> tokens.mediaDownloadToken(tenant, soon()))
                        .isInstanceOf(DependencyUnavailableException.class).hasMessageContaining(String.valueOf(status));
            }

            assertThat(log.errors()).hasSize(20).allSatisfy(line -> assertThat(line)
                    .contains("auth_service_refused_request", "http_status=" + status, "tenant_id=tenant-"));
        }
        assertThat(tokens.breakerState()).isEqualTo(BreakerState.CLOSED);
        server.answer(AuthServiceStub.frd());
        assertThat(tokens.mediaDownloadToken(TENANT, soon()).authorizationHeader()).contains("token-for-uuid-5678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"accessToken\": Bearer secret-token-text", "{\"expiresIn\":3600}", "[]"})
    void aMalformedTokenAnswerFailsThatRequestAloneAndNeverOpensTheBreaker(String body) {
        server.answer(StubServer.json(200, body));
        HttpAccessTokens tokens = tokensAt(server.uri());

        try (CapturedLog log = CapturedLog.of(HttpAccessTokens.class)) {
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> tokens.mediaDownloadToken(TENANT, soon()))
                        .isInstanceOf(DependencyUnavailableException.class);
            }

            assertThat(log.errors()).hasSize(20).allSatisfy(line -> assertThat(line)
                    .contains("auth_token_malformed", "tenant_id=uuid-5678").doesNotContain("secret-token-text"));
        }
        assertThat(tokens.breakerState()).isEqualTo(BreakerState.CLOSED);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503, 429})
    void serverErrorsAndRateLimitsStillOpenTheBreaker(int status) {
        server.answer(StubServer.status(status));

        assertOpensAfterFailures(tokensAt(server.uri()));
    }

    @Test
    void aRefusedConnectionStillOpensTheBreaker() throws Exception {
        assertOpensAfterFailures(tokensAt(URI.create("http://127.0.0.1:" + StubServer.closedPort())));
    }

    private static void assertOpensAfterFailures(HttpAccessTokens tokens) {
        for (int i = 0; i < 10 && tokens.breakerState() != BreakerState.OPEN; i++) {
            assertThatThrownBy(() -> tokens.mediaDownloadToken(TENANT, soon()))
                    .isInstanceOf(DependencyUnavailableException.class);
        }
        assertThat(tokens.breakerState()).isEqualTo(BreakerState.OPEN);
    }
}
