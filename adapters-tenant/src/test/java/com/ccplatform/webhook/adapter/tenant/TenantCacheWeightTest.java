package com.ccplatform.webhook.adapter.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.TenantDirectory;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.Tenant;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.ccplatform.webhook.domain.tenant.TenantStatus;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import com.sun.net.httpserver.HttpExchange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 12 item 6: the tenant and token caches are bounded by an estimate of their bytes, not only by their count. */
class TenantCacheWeightTest {

    private static final long BOUND = 64 * 1024;

    private static TenantCacheSettings weighing(long maximumWeight) {
        return new TenantCacheSettings(Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofMinutes(15),
                Duration.ofMillis(500), maximumWeight);
    }

    private static Deadline soon() {
        return Deadline.in(Duration.ofSeconds(4));
    }

    @Test
    void aFloodOfDistinctUnknownIdsCannotGrowTheCachePastItsWeight() throws Exception {
        TenantDirectory knowsNobody = (id, deadline) -> Optional.empty();
        CachingTenantDirectory cache = new CachingTenantDirectory(knowsNobody, weighing(BOUND));

        for (int i = 0; i < 5_000; i++) {
            String id = i + "-" + "x".repeat(120);
            assertThat(cache.findByIntegration(new IntegrationId(id), soon())).isEmpty();
        }

        assertThat(cache.estimatedBytes()).isPositive().isLessThanOrEqualTo(BOUND);
    }

    @Test
    void tenantsWithManyLongSecretsCannotGrowEitherCachePastItsWeight() throws Exception {
        List<WebhookSecret> secrets = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            secrets.add(new WebhookSecret(i + "-" + "s".repeat(1_000)));
        }
        TenantDirectory bloated = (id, deadline) -> Optional.of(new Tenant(new TenantId("t-" + id), id, secrets,
                TenantStatus.ACTIVE));
        CachingTenantDirectory cache = new CachingTenantDirectory(bloated, weighing(BOUND));

        for (int i = 0; i < 500; i++) {
            assertThat(cache.findByIntegration(new IntegrationId("integration-" + i), soon())).isPresent();
        }

        assertThat(cache.estimatedBytes()).as("both caches").isLessThanOrEqualTo(2 * BOUND);
    }

    @Test
    void theDefaultWeightKeepsAThousandRealTenantsWithoutAskingAgain() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        TenantDirectory origin = (id, deadline) -> {
            asked.incrementAndGet();
            return Optional.of(new Tenant(new TenantId(UUID.randomUUID().toString()), id,
                    List.of(new WebhookSecret("c2VjcmV0LW9mLTMyLWJ5dGVzLWJhc2U2NC1lbmNvZGVkIQ==")),
                    TenantStatus.ACTIVE));
        };
        CachingTenantDirectory cache = new CachingTenantDirectory(origin, TenantCacheSettings.defaults());
        List<IntegrationId> ids = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(new IntegrationId(UUID.randomUUID().toString()));
        }

        for (int round = 0; round < 2; round++) {
            for (IntegrationId id : ids) {
                cache.findByIntegration(id, soon());
            }
        }

        assertThat(asked).hasValue(1_000);
    }

    @Test
    void hugeTokensCannotGrowTheTokenCachePastItsWeight() throws Exception {
        String huge = "Bearer " + "t".repeat(64 * 1024);
        try (StubServer server = StubServer.start()) {
            server.answer((StubServer.Request request, HttpExchange exchange) -> StubServer.json(200,
                    "{\"accessToken\":\"" + huge + "\",\"expiresIn\":3600}").respond(request, exchange));
            HttpAccessTokens tokens = new HttpAccessTokens(SharedHttpClient.create(Duration.ofSeconds(2)),
                    AuthServiceSettings.of(server.uri()));

            for (int i = 0; i < 200; i++) {
                tokens.mediaDownloadToken(new TenantId("tenant-" + i), soon());
            }

            assertThat(tokens.estimatedBytes()).isPositive()
                    .isLessThanOrEqualTo(HttpAccessTokens.MAXIMUM_TOKEN_BYTES);
        }
    }
}
