package com.ccplatform.webhook.application.service;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.WebhookTelemetry;
import com.ccplatform.webhook.domain.event.OutboundMessage;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import com.ccplatform.webhook.domain.tenant.TenantId;

/**
 * Turns an agent's message into the event to publish: its text, structured content and sender as sent, its
 * attachments re-hosted, and a trace of everything left out: content items it does not carry, and attachment
 * entries too incomplete to download (failed attachments, reported before those that are transferred).
 */
final class AgentMessageAssembly {

    private final AttachmentRehosting media;
    private final WebhookTelemetry telemetry;
    private final IngestSettings settings;

    AgentMessageAssembly(AttachmentRehosting media, WebhookTelemetry telemetry, IngestSettings settings) {
        this.media = media;
        this.telemetry = telemetry;
        this.settings = settings;
    }

    /** The event for {@code message}, with its attachments re-hosted within {@code deadline}. */
    AgentMessage assemble(OutboundMessage message, TenantResolver.Resolved owner, Deadline deadline) {
        TenantId tenant = owner.tenant().id();
        message.skippedContent().forEach(skipped -> telemetry.contentSkipped(tenant, message.id(), skipped));
        AttachmentRehosting.Result incomplete = media.refuseIncomplete(tenant, message.incompleteAttachments());
        AttachmentRehosting.Result rehosted = message.attachments().isEmpty() ? AttachmentRehosting.Result.NONE
                : media.rehostAll(tenant, message.attachments(),
                        deadline.reserving(settings.publishReserve()).capped(settings.mediaTimeout()));
        AttachmentRehosting.Result all = incomplete.then(rehosted);
        return new AgentMessage(tenant, owner.integrationId(), message.id(), message.time(), message.text(),
                message.to(), all.media(), all.failure(), message.conversationId(), message.content(),
                message.originatingEntity());
    }
}
