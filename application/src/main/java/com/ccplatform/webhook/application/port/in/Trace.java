package com.ccplatform.webhook.application.port.in;

import com.ccplatform.webhook.domain.event.GenesysEventId;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.TenantId;

/**
 * What is known about a webhook when its outcome is decided, for logs and metric labels (FRD 6.4.1). Fields are null
 * until known; nothing secret is ever put here.
 */
public record Trace(IntegrationId integrationId, TenantId tenantId, GenesysEventId genesysId, String eventType,
                    boolean hasMedia) {

    public static Trace empty() {
        return new Trace(null, null, null, "unknown", false);
    }

    public Trace withTenant(IntegrationId integration, TenantId tenant) {
        return new Trace(integration, tenant, genesysId, eventType, hasMedia);
    }

    public Trace withEvent(GenesysEventId id, String type, boolean media) {
        return new Trace(integrationId, tenantId, id, type, media);
    }
}
