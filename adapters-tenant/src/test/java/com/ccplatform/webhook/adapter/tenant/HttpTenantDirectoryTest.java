package com.ccplatform.webhook.adapter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.Tenant;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.ccplatform.webhook.domain.tenant.TenantStatus;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpTenantDirectoryTest {

    private static final HttpClient CLIENT = SharedHttpClient.create(Duration.ofSeconds(2));
    private static final IntegrationId ACME_INTEGRATION = new IntegrationId("integration-id-5678");
    private static final Tenant ACME = new Tenant(new TenantId("uuid-5678"), ACME_INTEGRATION,
            List.of(new WebhookSecret("base64-encoded-secret")), TenantStatus.ACTIVE);

    private StubServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = StubServer.start().answer(new TenantServiceStub().with(ACME));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private HttpTenantDirectory directory(Duration timeout, BreakerSettings breaker) {
        return directoryAt(server.uri(), timeout, breaker);
    }

    private static HttpTenantDirectory directoryAt(URI uri, Duration timeout, BreakerSettings breaker) {
        return new HttpTenantDirectory(CLIENT,
                new TenantServiceSettings(uri, TenantServiceStub.TOKEN, timeout, breaker));
    }

    private HttpTenantDirectory directory() {
        return directory(Duration.ofSeconds(2), BreakerSettings.defaults());
    }

    private static Deadline seconds(long s) {
        return Deadline.in(Duration.ofSeconds(s));
    }

    @Test
    void readsTheFrdTenantResponse() throws Exception {
        assertThat(directory().findByIntegration(ACME_INTEGRATION, seconds(4))).contains(ACME);
        assertThat(server.lastRequest().method()).isEqualTo("GET");
        assertThat(server.lastRequest().rawPath()).isEqualTo("/api/v1/tenants/by-integration/integration-id-5678");
    }

    @Test
    void sendsTheServiceTokenAsABearerToken() throws Exception {
        directory().findByIntegration(ACME_INTEGRATION, seconds(4));

        assertThat(server.lastRequest().header("Authorization")).isEqualTo("Bearer " + TenantServiceStub.TOKEN);
    }

    @Test
    void failsAsUnavailableWhenTheServiceRefusesItsToken() {
        HttpTenantDirectory wrongToken = new HttpTenantDirectory(CLIENT, TenantServiceSettings.of(server.uri(), "nope"));

        assertThatThrownBy(() -> wrongToken.findByIntegration(ACME_INTEGRATION, seconds(4)))
                .isInstanceOf(DependencyUnavailableException.class).hasMessageContaining("401");
        assertThat(server.requestCount()).as("a 401 is not retried").isEqualTo(1);
    }

    @Test
    void encodesTheIntegrationIdAsOnePathSegment() throws Exception {
        directory().findByIntegration(new IntegrationId("a/b c%d+é文"), seconds(4));

        assertThat(server.lastRequest().rawPath())
                .isEqualTo("/api/v1/tenants/by-integration/a%2Fb%20c%25d%2B%C3%A9%E6%96%87");
    }

    @Test
    void acceptsTheRotationArrayWithoutTheSingleSecret() throws Exception {
        server.answer(StubServer.json(200, "{\"tenantId\":\"t-9\",\"integrationId\":\"integration-id-5678\","
                + "\"webhookSecrets\":[\"secret-one-0123456\",\"secret-two-0123456\"],\"status\":\"active\"}"));

        Tenant tenant = directory().findByIntegration(ACME_INTEGRATION, seconds(4)).orElseThrow();

        assertThat(tenant.secrets()).extracting(WebhookSecret::value)
                .containsExactly("secret-one-0123456", "secret-two-0123456");
    }

    @Test
    void readsAnyStatusButActiveAsInactive() throws Exception {
        server.answer(StubServer.json(200,
                "{\"tenantId\":\"t-9\",\"webhookSecret\":\"secret-one-0123456\",\"status\":\"suspended\"}"));

        Optional<Tenant> tenant = directory().findByIntegration(ACME_INTEGRATION, seconds(4));

        assertThat(tenant).hasValueSatisfying(t -> {
            assertThat(t.status()).isEqualTo(TenantStatus.INACTIVE);
            assertThat(t.integrationId()).isEqualTo(ACME_INTEGRATION);
        });
    }

    @Test
    void readsARecordWithoutStatusAsActive() throws Exception {
        server.answer(StubServer.json(200, "{\"tenantId\":\"t-9\",\"webhookSecret\":\"secret-one-0123456\"}"));

        Optional<Tenant> tenant = directory().findByIntegration(ACME_INTEGRATION, seconds(4));

        assertThat(tenant).hasValueSatisfying(t -> assertThat(t.isActive()).isTrue());
    }

    @Test
    void treatsAServerErrorAsUnavailableAfterOneRetry() {
        server.answer(StubServer.status(500));

        assertThatThrownBy(() -> directory().findByIntegration(ACME_INTEGRATION, seconds(4)))
                .isInstanceOfSatisfying(DependencyUnavailableException.class,
                        e -> assertThat(e.dependency()).isEqualTo("tenant-service"))
                .hasMessageContaining("500");
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void treatsMalformedJsonAsUnavailableWithoutQuotingTheBody() {
        server.answer(StubServer.json(200, "{\"tenantId\":\"t-9\",\"webhookSecret\": s3cr3t-in-the-body"));

        assertThatThrownBy(() -> directory().findByIntegration(ACME_INTEGRATION, seconds(4)))
                .isInstanceOf(DependencyUnavailableException.class)
                .hasMessageContaining("malformed")
                .satisfies(e -> assertThat(describe(e)).doesNotContain("s3cr3t"));
    }

    @Test
    void treatsATenantWithoutSecretsAsMalformed() {
        server.answer(StubServer.json(200, "{\"tenantId\":\"t-9\",\"status\":\"active\"}"));

        assertThatThrownBy(() -> directory().findByIntegration(ACME_INTEGRATION, seconds(4)))
                .isInstanceOf(DependencyUnavailableException.class).hasMessageContaining("malformed");
    }

    @Test
    void givesUpOnASlowServiceAtItsTimeout() {
        server.answer(StubServer.after(Duration.ofSeconds(10), new TenantServiceStub().with(ACME)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> directory(Duration.ofMillis(300), BreakerSettings.defaults())
                .findByIntegration(ACME_INTEGRATION, seconds(4)))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void givesUpOnASlowServiceAtTheRequestsDeadline() {
        server.answer(StubServer.after(Duration.ofSeconds(10), new TenantServiceStub().with(ACME)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> directory(Duration.ofSeconds(5), BreakerSettings.defaults())
                .findByIntegration(ACME_INTEGRATION, Deadline.in(Duration.ofMillis(400))))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void treatsARefusedConnectionAsUnavailable() throws Exception {
        HttpTenantDirectory nowhere = directoryAt(URI.create("http://127.0.0.1:" + StubServer.closedPort()),
                Duration.ofSeconds(2), BreakerSettings.defaults());

        assertThatThrownBy(() -> nowhere.findByIntegration(ACME_INTEGRATION, seconds(4)))
                .isInstanceOf(DependencyUnavailableException.class).hasMessageContaining("connect");
    }

    @Test
    void doesNotCallWhenTheDeadlineHasAlreadyPassed() {
        assertThatThrownBy(() -> directory().findByIntegration(ACME_INTEGRATION, Deadline.in(Duration.ZERO)))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void countsUnknownIntegrationsAsAnswersNotFailures() throws Exception {
        HttpTenantDirectory directory = directory(Duration.ofSeconds(2), new BreakerSettings(2, Duration.ofSeconds(30)));

        for (int i = 0; i < 5; i++) {
            assertThat(directory.findByIntegration(new IntegrationId("unknown-" + i), seconds(4))).isEmpty();
        }

        assertThat(directory.breakerState()).isEqualTo(BreakerState.CLOSED);
        assertThat(directory.healthProbe().check().healthy()).isTrue();
    }

    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }
}
