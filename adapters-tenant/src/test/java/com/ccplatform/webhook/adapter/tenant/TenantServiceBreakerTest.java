package com.ccplatform.webhook.adapter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.application.port.out.HealthProbe;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.Tenant;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.ccplatform.webhook.domain.tenant.TenantStatus;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FRD 6.2.2: after repeated failures the Tenant Service is not called for a while, and is used again once back. */
class TenantServiceBreakerTest {

    private static final HttpClient CLIENT = SharedHttpClient.create(Duration.ofSeconds(2));
    private static final IntegrationId ID = new IntegrationId("integration-id-5678");
    private static final Tenant ACME = new Tenant(new TenantId("uuid-5678"), ID,
            List.of(new WebhookSecret("base64-encoded-secret")), TenantStatus.ACTIVE);
    private static final Duration OPEN_FOR = Duration.ofMillis(500);

    @Test
    void opensAfterTheServiceDiesThenFailsFastWithoutCallingIt() throws Exception {
        try (StubServer server = StubServer.start()) {
            server.answer(StubServer.after(Duration.ofSeconds(10), new TenantServiceStub().with(ACME)));
            HttpTenantDirectory directory = new HttpTenantDirectory(CLIENT, new TenantServiceSettings(server.uri(),
                    TenantServiceStub.TOKEN, Duration.ofSeconds(4), new BreakerSettings(3, Duration.ofSeconds(30))));
            failUntilOpen(directory, Duration.ofMillis(200));
            int callsBefore = server.requestCount();
            long start = System.nanoTime();

            assertThatThrownBy(() -> directory.findByIntegration(ID, Deadline.in(Duration.ofSeconds(4))))
                    .isInstanceOf(DependencyUnavailableException.class).hasMessageContaining("circuit breaker open");

            // the service would hang for 10 s and the attempt timeout is 4 s: an answer in well under 1 s is the breaker
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(server.requestCount()).isEqualTo(callsBefore);
            assertThat(directory.breakerState()).isEqualTo(BreakerState.OPEN);
            assertThat(directory.healthProbe().check()).satisfies(r -> {
                assertThat(r.healthy()).isFalse();
                assertThat(r.detail()).contains("open");
            });
        }
    }

    @Test
    void requestsWithAlmostNoTimeLeftCannotOpenTheBreaker() throws Exception {
        try (StubServer server = StubServer.start()) {
            server.answer(StubServer.after(Duration.ofSeconds(10), new TenantServiceStub().with(ACME)));
            HttpTenantDirectory directory = new HttpTenantDirectory(CLIENT, new TenantServiceSettings(server.uri(),
                    TenantServiceStub.TOKEN, Duration.ofSeconds(4), new BreakerSettings(3, Duration.ofSeconds(30))));

            // what a client trickling its body up to the deadline leaves for the lookup: a few milliseconds
            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> directory.findByIntegration(ID, Deadline.in(Duration.ofMillis(20))))
                        .isInstanceOf(DependencyUnavailableException.class).hasMessageContaining("too little time");
            }

            assertThat(directory.breakerState()).isEqualTo(BreakerState.CLOSED);
            assertThat(server.requestCount()).isZero();
        }
    }

    /** Calls until the breaker opens; a bounded number, as each failed call counts at least once. */
    private static void failUntilOpen(HttpTenantDirectory directory, Duration deadline) {
        for (int i = 0; i < 20 && directory.breakerState() != BreakerState.OPEN; i++) {
            assertThatThrownBy(() -> directory.findByIntegration(ID, Deadline.in(deadline)))
                    .isInstanceOf(DependencyUnavailableException.class);
        }
        assertThat(directory.breakerState()).isEqualTo(BreakerState.OPEN);
    }

    @Test
    void closesAgainWhenTheServiceComesBack() throws Exception {
        StubServer first = StubServer.start().answer(new TenantServiceStub().with(ACME));
        int port = first.port();
        HttpTenantDirectory directory = new HttpTenantDirectory(CLIENT, new TenantServiceSettings(first.uri(),
                TenantServiceStub.TOKEN, Duration.ofSeconds(2), new BreakerSettings(3, OPEN_FOR)));
        assertThat(directory.findByIntegration(ID, Deadline.in(Duration.ofSeconds(4)))).contains(ACME);
        first.close();

        failUntilOpen(directory, Duration.ofSeconds(4));

        try (StubServer back = StubServer.startOn(port)) {
            back.answer(new TenantServiceStub().with(ACME));
            Thread.sleep(OPEN_FOR.multipliedBy(2).toMillis());

            assertThat(directory.findByIntegration(ID, Deadline.in(Duration.ofSeconds(4)))).contains(ACME);
            assertThat(directory.breakerState()).isEqualTo(BreakerState.CLOSED);
            HealthProbe.ProbeResult health = directory.healthProbe().check();
            assertThat(health.healthy()).isTrue();
            assertThat(directory.healthProbe().name()).isEqualTo("tenant-service");
        }
    }
}
