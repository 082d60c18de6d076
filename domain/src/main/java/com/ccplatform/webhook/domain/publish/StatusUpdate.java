package com.ccplatform.webhook.domain.publish;

import com.ccplatform.webhook.domain.Require;
import com.ccplatform.webhook.domain.event.DeliveryStatus;
import com.ccplatform.webhook.domain.event.EventTime;
import com.ccplatform.webhook.domain.event.GenesysEventId;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.TenantId;
import java.util.List;

/** A status change for statusQueue (FRD 4.2.3); {@code originalMessageId} may be null for typing and disconnects. */
public record StatusUpdate(TenantId tenantId, IntegrationId integrationId, GenesysEventId genesysId,
                           String originalMessageId, DeliveryStatus status, EventTime time, Boolean isFinalReceipt,
                           List<GenesysWebhook.Reason> reasons, String conversationId)
        implements PublishableEvent {

    public StatusUpdate {
        Require.present(tenantId, "tenant id");
        Require.present(integrationId, "integration id");
        Require.present(genesysId, "genesys id");
        Require.present(status, "status");
        Require.present(time, "time");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public Destination destination() {
        return Destination.STATUS;
    }

    @Override
    public String eventType() {
        return status.wireName();
    }

    @Override
    public String deduplicationKey() {
        return genesysId.value() + ":" + status.wireName();
    }
}
