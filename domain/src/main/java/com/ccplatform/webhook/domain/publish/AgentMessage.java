package com.ccplatform.webhook.domain.publish;

import com.ccplatform.webhook.domain.Require;
import com.ccplatform.webhook.domain.content.StructuredContent;
import com.ccplatform.webhook.domain.event.EventTime;
import com.ccplatform.webhook.domain.event.GenesysEventId;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.event.OriginatingEntity;
import com.ccplatform.webhook.domain.event.Recipient;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.media.RehostedMedia;
import com.ccplatform.webhook.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * An agent message for outboundQueue (FRD 4.2.1, 4.2.2): its text, its recipient and every attachment that could be
 * re-hosted; when some attachment failed, {@code mediaFailure} says why (FRD 7.3 degradation). Beyond the FRD: its
 * structured content ({@link StructuredContent#NONE} for plain text) and who wrote it (null when Genesys did not say).
 */
public record AgentMessage(TenantId tenantId, IntegrationId integrationId, GenesysEventId genesysId, EventTime time,
                           String text, Recipient to, List<RehostedMedia> media, Optional<MediaFailure> mediaFailure,
                           String conversationId, StructuredContent content, OriginatingEntity originatingEntity)
        implements PublishableEvent {

    public AgentMessage {
        Require.present(tenantId, "tenant id");
        Require.present(integrationId, "integration id");
        Require.present(genesysId, "genesys id");
        Require.present(time, "time");
        Require.present(to, "recipient");
        text = text == null ? "" : text;
        media = List.copyOf(Require.present(media, "media"));
        Require.present(mediaFailure, "media failure");
        Require.present(content, "content");
    }

    /** A plain message: no structured content, no word on who wrote it. */
    public AgentMessage(TenantId tenantId, IntegrationId integrationId, GenesysEventId genesysId, EventTime time,
                        String text, Recipient to, List<RehostedMedia> media, Optional<MediaFailure> mediaFailure,
                        String conversationId) {
        this(tenantId, integrationId, genesysId, time, text, to, media, mediaFailure, conversationId,
                StructuredContent.NONE, null);
    }

    /** The FRD's single `payload.media`: the first re-hosted attachment. */
    public Optional<RehostedMedia> firstMedia() {
        return media.stream().findFirst();
    }

    public Optional<OriginatingEntity> originatingEntityIfAny() {
        return Optional.ofNullable(originatingEntity);
    }

    @Override
    public Destination destination() {
        return Destination.OUTBOUND;
    }

    @Override
    public String eventType() {
        return "message";
    }

    @Override
    public String deduplicationKey() {
        return genesysId.value();
    }
}
