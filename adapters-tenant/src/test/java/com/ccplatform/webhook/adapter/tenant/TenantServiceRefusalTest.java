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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12 item 2: what the Tenant Service answers about one id (a 4xx, a malformed record) fails that lookup alone
 * and never counts in its breaker; connect failures, timeouts, 5xx and 429 still open it.
 */
class TenantServiceRefusalTest {

    private static final HttpClient CLIENT = SharedHttpClient.create(Duration.ofSeconds(2));
    private static final IntegrationId ACME_ID = new IntegrationId("integration-id-5678");
    private static final Tenant ACME = new Tenant(new TenantId("uuid-5678"), ACME_ID,
            List.of(new WebhookSecret("base64-encoded-secret")), TenantStatus.ACTIVE);
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

    private HttpTenantDirectory directory(BreakerSettings breaker) {
        return directoryAt(server.uri(), Duration.ofSeconds(2), breaker);
    }

    private static HttpTenantDirectory directoryAt(URI uri, Duration timeout, BreakerSettings breaker) {
        return new HttpTenantDirectory(CLIENT, new TenantServiceSettings(uri, TenantServiceStub.TOKEN, timeout, breaker));
    }

    /** Answers {@code status} to ids starting with "junk-" and the FRD answer for ACME. */
    private static StubServer.Responder refusingJunkWith(int status) {
        TenantServiceStub stub = new TenantServiceStub().with(ACME);
        return (request, exchange) -> (request.rawPath().contains("/junk-") ? StubServer.status(status) : stub)
                .respond(request, exchange);
    }

    private static Deadline soon() {
        return Deadline.in(Duration.ofSeconds(4));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 410, 414, 422})
    void idSpecificRefusalsAreUnknownIntegrationsAndNeverOpenTheBreaker(int status) throws Exception {
        server.answer(refusingJunkWith(status));
        HttpTenantDirectory directory = directory(OPENS_AFTER_THREE);

        for (int i = 0; i < 50; i++) {
            assertThat(directory.findByIntegration(new IntegrationId("junk-" + i), soon())).isEmpty();
        }

        assertThat(directory.breakerState()).isEqualTo(BreakerState.CLOSED);
        assertThat(directory.findByIntegration(ACME_ID, soon())).contains(ACME);
        assertThat(server.requestCount()).as("a refusal is not retried").isEqualTo(51);
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void aRefusedServiceTokenFailsEveryLookupLoudlyButNeverOpensTheBreaker(int status) {
        server.answer(StubServer.status(status));
        HttpTenantDirectory directory = directory(OPENS_AFTER_THREE);

        try (CapturedLog log = CapturedLog.of(HttpTenantDirectory.class)) {
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> directory.findByIntegration(ACME_ID, soon()))
                        .isInstanceOf(DependencyUnavailableException.class).hasMessageContaining(String.valueOf(status));
            }

            assertThat(log.errors()).hasSize(20).allSatisfy(line -> assertThat(line)
                    .contains("tenant_service_refused_request", "severity=critical", "http_status=" + status));
        }
        assertThat(directory.breakerState()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void aMalformedRecordFailsThatLookupAloneNamesItsIdAndNeverOpensTheBreaker() throws Exception {
        TenantServiceStub stub = new TenantServiceStub().with(ACME);
        server.answer((request, exchange) -> (request.rawPath().endsWith("/broken-record")
                ? StubServer.json(200, "{\"tenantId\":\"t-9\",\"webhookSecret\": s3cr3t-in-the-body") : stub)
                .respond(request, exchange));
        HttpTenantDirectory directory = directory(OPENS_AFTER_THREE);

        try (CapturedLog log = CapturedLog.of(HttpTenantDirectory.class)) {
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> directory.findByIntegration(new IntegrationId("broken-record"), soon()))
                        .isInstanceOf(DependencyUnavailableException.class).hasMessageContaining("malformed");
            }

            assertThat(log.errors()).hasSize(20).allSatisfy(line -> assertThat(line)
                    .contains("tenant_record_malformed", "severity=critical", "integration_id=broken-record")
                    .doesNotContain("s3cr3t"));
        }
        assertThat(directory.breakerState()).isEqualTo(BreakerState.CLOSED);
        assertThat(directory.findByIntegration(ACME_ID, soon())).contains(ACME);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 429})
    void serverErrorsAndRateLimitsStillOpenTheBreaker(int status) {
        server.answer(StubServer.status(status));

        assertOpensAfterFailures(directory(OPENS_AFTER_THREE), Duration.ofSeconds(4));
    }

    @Test
    void aRefusedConnectionStillOpensTheBreaker() throws Exception {
        URI nowhere = URI.create("http://127.0.0.1:" + StubServer.closedPort());

        assertOpensAfterFailures(directoryAt(nowhere, Duration.ofSeconds(2), OPENS_AFTER_THREE), Duration.ofSeconds(4));
    }

    @Test
    void aTimeoutStillOpensTheBreaker() {
        server.answer(StubServer.after(Duration.ofSeconds(10), new TenantServiceStub().with(ACME)));

        assertOpensAfterFailures(directoryAt(server.uri(), Duration.ofMillis(150), OPENS_AFTER_THREE),
                Duration.ofSeconds(2));
    }

    @Test
    void aRefusalAnsweringTheHalfOpenTrialClosesTheBreakerAndLeaksNoPermit() throws Exception {
        Duration openFor = Duration.ofMillis(300);
        HttpTenantDirectory directory = directory(new BreakerSettings(2, openFor));
        server.answer(StubServer.status(503));
        assertOpensAfterFailures(directory, Duration.ofSeconds(4));

        server.answer(refusingJunkWith(400));
        Thread.sleep(openFor.multipliedBy(2).toMillis());
        assertThat(directory.findByIntegration(new IntegrationId("junk-trial"), soon())).isEmpty();

        assertThat(directory.breakerState()).isEqualTo(BreakerState.CLOSED);
        for (int i = 0; i < 5; i++) {
            assertThat(directory.findByIntegration(ACME_ID, soon())).contains(ACME);
        }
    }

    /** Fails lookups until the breaker opens; a bounded number, since each failed lookup counts at least once. */
    private static void assertOpensAfterFailures(HttpTenantDirectory directory, Duration deadline) {
        for (int i = 0; i < 10 && directory.breakerState() != BreakerState.OPEN; i++) {
            assertThatThrownBy(() -> directory.findByIntegration(ACME_ID, Deadline.in(deadline)))
                    .isInstanceOf(DependencyUnavailableException.class);
        }
        assertThat(directory.breakerState()).isEqualTo(BreakerState.OPEN);
    }
}
