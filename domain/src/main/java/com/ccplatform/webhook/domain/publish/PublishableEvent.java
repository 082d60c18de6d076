package com.ccplatform.webhook.domain.publish;

import com.ccplatform.webhook.domain.event.GenesysEventId;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.TenantId;

/** An event the service hands to downstream (FRD 4.2); an adapter decides its wire format. */
public sealed interface PublishableEvent permits AgentMessage, StatusUpdate {

    TenantId tenantId();

    IntegrationId integrationId();

    GenesysEventId genesysId();

    Destination destination();

    /** The event type label for headers, logs and metrics. */
    String eventType();

    /**
     * A key that is the same each time Genesys retries this event and different for different events, so downstream
     * can drop duplicates: the Genesys id for a message; for a status, which shares its message's id, id and status.
     */
    String deduplicationKey();
}
