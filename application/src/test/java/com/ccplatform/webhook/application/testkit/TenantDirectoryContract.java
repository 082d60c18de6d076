package com.ccplatform.webhook.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.application.port.out.TenantDirectory;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.Tenant;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.ccplatform.webhook.domain.tenant.TenantStatus;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link TenantDirectory} must do; run against the in-memory twin and each real adapter. */
public abstract class TenantDirectoryContract {

    /** A directory that knows exactly these tenants. */
    protected abstract TenantDirectory directoryKnowing(List<Tenant> tenants);

    /** A directory that cannot answer: down, unreachable or broken. */
    protected abstract TenantDirectory unavailableDirectory();

    protected static Tenant tenant(String integration, String tenantId, TenantStatus status, String... secrets) {
        return new Tenant(new TenantId(tenantId), new IntegrationId(integration),
                Arrays.stream(secrets).map(WebhookSecret::new).toList(), status);
    }

    private static Deadline soon() {
        return Deadline.in(Duration.ofSeconds(4));
    }

    @Test
    void findsTheTenantOfAKnownIntegration() throws Exception {
        Tenant acme = tenant("integration-id-5678", "uuid-5678", TenantStatus.ACTIVE, "a-secret-of-sixteen+");
        TenantDirectory directory = directoryKnowing(List.of(acme));

        assertThat(directory.findByIntegration(new IntegrationId("integration-id-5678"), soon())).contains(acme);
    }

    @Test
    void answersEmptyForAnUnknownIntegration() throws Exception {
        TenantDirectory directory = directoryKnowing(
                List.of(tenant("known", "t-1", TenantStatus.ACTIVE, "a-secret-of-sixteen+")));

        assertThat(directory.findByIntegration(new IntegrationId("unknown"), soon())).isEmpty();
    }

    @Test
    void reportsAnInactiveTenantAsInactiveRatherThanHidingIt() throws Exception {
        Tenant suspended = tenant("suspended-integration", "t-2", TenantStatus.INACTIVE, "a-secret-of-sixteen+");
        TenantDirectory directory = directoryKnowing(List.of(suspended));

        Optional<Tenant> found = directory.findByIntegration(new IntegrationId("suspended-integration"), soon());

        assertThat(found).hasValueSatisfying(t -> assertThat(t.isActive()).isFalse());
    }

    @Test
    void keepsEverySecretOfARotationInOrder() throws Exception {
        Tenant rotating = tenant("rotating", "t-3", TenantStatus.ACTIVE, "new-secret-0123456789", "old-secret-0123456789");
        TenantDirectory directory = directoryKnowing(List.of(rotating));

        assertThat(directory.findByIntegration(new IntegrationId("rotating"), soon()).orElseThrow().secrets())
                .containsExactly(new WebhookSecret("new-secret-0123456789"), new WebhookSecret("old-secret-0123456789"));
    }

    @Test
    void findsIntegrationIdsWithSlashesPercentSignsSpacesAndUnicode() throws Exception {
        List<String> awkward = List.of("a/b/../c", "100%25 off", "with space", "ünïcødé-文字", "q?x=1#f", "plus+sign");
        List<Tenant> tenants = awkward.stream()
                .map(id -> tenant(id, "tenant-of-" + awkward.indexOf(id), TenantStatus.ACTIVE, "a-secret-of-sixteen+"))
                .toList();
        TenantDirectory directory = directoryKnowing(tenants);

        for (Tenant tenant : tenants) {
            assertThat(directory.findByIntegration(tenant.integrationId(), soon())).contains(tenant);
        }
    }

    @Test
    void failsAsTenantServiceUnavailableWhenItCannotAnswer() {
        TenantDirectory directory = unavailableDirectory();

        assertThatThrownBy(() -> directory.findByIntegration(new IntegrationId("any"), soon()))
                .isInstanceOfSatisfying(DependencyUnavailableException.class,
                        e -> assertThat(e.dependency()).isEqualTo("tenant-service"));
    }
}
