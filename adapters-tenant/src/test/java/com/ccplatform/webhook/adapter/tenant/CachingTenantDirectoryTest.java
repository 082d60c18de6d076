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
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CachingTenantDirectoryTest {

    private static final HttpClient CLIENT = SharedHttpClient.create(Duration.ofSeconds(2));
    private static final IntegrationId ID = new IntegrationId("integration-id-5678");
    private static final Tenant ACME = new Tenant(new TenantId("uuid-5678"), ID,
            List.of(new WebhookSecret("base64-encoded-secret")), TenantStatus.ACTIVE);
    private static final TenantCacheSettings SETTINGS = new TenantCacheSettings(Duration.ofSeconds(60),
            Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofSeconds(2),
            TenantCacheSettings.DEFAULT_MAXIMUM_WEIGHT);

    private final TestTicker ticker = new TestTicker();
    private StubServer server;
    private CachingTenantDirectory directory;

    @BeforeEach
    void start() throws Exception {
        server = StubServer.start().answer(new TenantServiceStub().with(ACME));
        directory = directory(SETTINGS, Duration.ofSeconds(3));
    }

    private CachingTenantDirectory directory(TenantCacheSettings settings, Duration timeout) {
        HttpTenantDirectory remote = new HttpTenantDirectory(CLIENT, new TenantServiceSettings(server.uri(),
                TenantServiceStub.TOKEN, timeout, new BreakerSettings(100, Duration.ofSeconds(1))));
        return new CachingTenantDirectory(remote, settings, ticker);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Optional<Tenant> lookUp(IntegrationId id) throws DependencyUnavailableException {
        return directory.findByIntegration(id, Deadline.in(Duration.ofSeconds(4)));
    }

    @Test
    void aThousandConcurrentLookupsOfANewIntegrationMakeOneCall() throws Exception {
        server.answer(StubServer.after(Duration.ofMillis(300), new TenantServiceStub().with(ACME)));
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<Tenant>>> lookups = new ArrayList<>();
        try {
            for (int i = 0; i < 1000; i++) {
                lookups.add(pool.submit(() -> {
                    go.await();
                    return directory.findByIntegration(ID, Deadline.in(Duration.ofSeconds(20)));
                }));
            }
            go.countDown();
            for (Future<Optional<Tenant>> lookup : lookups) {
                assertThat(lookup.get(30, TimeUnit.SECONDS)).contains(ACME);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void asksForAFoundTenantAgainOnlyAfterItsTtl() throws Exception {
        lookUp(ID);
        ticker.advance(Duration.ofSeconds(59));
        lookUp(ID);
        assertThat(server.requestCount()).isEqualTo(1);

        ticker.advance(Duration.ofSeconds(2));
        assertThat(lookUp(ID)).contains(ACME);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void remembersAnUnknownIntegrationForTheShorterTtl() throws Exception {
        IntegrationId forged = new IntegrationId("forged-integration");
        assertThat(lookUp(forged)).isEmpty();
        ticker.advance(Duration.ofSeconds(9));
        assertThat(lookUp(forged)).isEmpty();
        assertThat(server.requestCount()).isEqualTo(1);

        ticker.advance(Duration.ofSeconds(2));
        lookUp(forged);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void keepsACachedTenantWorkingWhileTheServiceIsDown() throws Exception {
        lookUp(ID);
        server.answer(StubServer.status(503));
        ticker.advance(Duration.ofMinutes(5));

        assertThat(lookUp(ID)).contains(ACME);
        assertThat(server.requestCount()).as("the service was asked again").isGreaterThan(1);
    }

    @Test
    void stopsServingAStaleTenantAfterTheStaleLimit() throws Exception {
        lookUp(ID);
        server.answer(StubServer.status(503));
        ticker.advance(Duration.ofMinutes(16));

        assertThatThrownBy(() -> lookUp(ID)).isInstanceOf(DependencyUnavailableException.class);
    }

    @Test
    void servesTheStaleTenantQuicklyWhenTheServiceHangs() throws Exception {
        CachingTenantDirectory impatient = directory(new TenantCacheSettings(Duration.ofSeconds(60),
                Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofMillis(500),
                TenantCacheSettings.DEFAULT_MAXIMUM_WEIGHT), Duration.ofSeconds(9));
        impatient.findByIntegration(ID, Deadline.in(Duration.ofSeconds(10)));
        server.answer(StubServer.after(Duration.ofSeconds(20), new TenantServiceStub().with(ACME)));
        ticker.advance(Duration.ofSeconds(61));
        long start = System.nanoTime();

        assertThat(impatient.findByIntegration(ID, Deadline.in(Duration.ofSeconds(10)))).contains(ACME);

        // served after the 500 ms refresh wait, not after the 9 s timeout or the 10 s deadline
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void forgetsATenantTheServiceNoLongerKnows() throws Exception {
        lookUp(ID);
        server.answer(StubServer.status(404));
        ticker.advance(Duration.ofSeconds(61));
        assertThat(lookUp(ID)).isEmpty();

        server.answer(StubServer.status(503));
        ticker.advance(Duration.ofSeconds(11));
        assertThatThrownBy(() -> lookUp(ID)).isInstanceOf(DependencyUnavailableException.class);
    }

    @Test
    void doesNotCacheFailures() throws Exception {
        server.answer(StubServer.status(503));
        assertThatThrownBy(() -> lookUp(ID)).isInstanceOf(DependencyUnavailableException.class);

        server.answer(new TenantServiceStub().with(ACME));
        assertThat(lookUp(ID)).contains(ACME);
    }

    @Test
    void letsEveryWaitingCallerSeeTheSharedFailure() throws Exception {
        server.answer(StubServer.after(Duration.ofMillis(300), StubServer.status(503)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<Tenant>>> lookups = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                lookups.add(pool.submit(() -> lookUp(ID)));
            }
            for (Future<Optional<Tenant>> lookup : lookups) {
                assertThatThrownBy(() -> lookup.get(30, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(DependencyUnavailableException.class);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
