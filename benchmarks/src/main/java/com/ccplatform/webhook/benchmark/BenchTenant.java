package com.ccplatform.webhook.benchmark;

import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A tenant the stub Tenant Service knows: its integration id and its own webhook secret. */
public record BenchTenant(String tenantId, String integrationId, WebhookSecret secret) {

    /** {@code count} tenants with random ids and 32-character secrets. */
    public static List<BenchTenant> random(int count) {
        List<BenchTenant> tenants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String secret = UUID.randomUUID().toString().replace("-", "");
            tenants.add(new BenchTenant(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    new WebhookSecret(secret)));
        }
        return List.copyOf(tenants);
    }
}
