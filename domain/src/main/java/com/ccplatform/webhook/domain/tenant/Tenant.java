package com.ccplatform.webhook.domain.tenant;

import com.ccplatform.webhook.domain.Require;
import com.ccplatform.webhook.domain.event.IntegrationId;
import java.util.List;

/** A tenant as the webhook needs it: who it is, its status and every webhook secret active now (rotation). */
public record Tenant(TenantId id, IntegrationId integrationId, List<WebhookSecret> secrets, TenantStatus status) {
    public Tenant {
        Require.present(id, "tenant id");
        Require.present(integrationId, "integration id");
        Require.present(status, "tenant status");
        secrets = List.copyOf(Require.present(secrets, "webhook secrets"));
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a tenant needs at least one webhook secret");
        }
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
