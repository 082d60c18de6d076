package com.ccplatform.webhook.adapter.amqp;

import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.ccplatform.webhook.domain.media.RehostedMedia;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import com.ccplatform.webhook.domain.publish.PublishableEvent;
import com.ccplatform.webhook.domain.publish.StatusUpdate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The FRD 4.2 message bodies: exactly the documented fields, plus additions that downstream may ignore. */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    /** The UTF-8 JSON body published for an event. */
    public static byte[] toBytes(PublishableEvent event) {
        try {
            return MAPPER.writeValueAsBytes(toTree(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event.genesysId() + " as JSON", e);
        }
    }

    /** The body as a tree, for tests and logs. */
    public static ObjectNode toTree(PublishableEvent event) {
        if (event instanceof AgentMessage message) {
            return outbound(message);
        }
        return status((StatusUpdate) event);
    }

    private static ObjectNode outbound(AgentMessage message) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("tenantId", message.tenantId().value());
        json.put("genesysId", message.genesysId().value());
        json.put("type", "message");
        json.put("timestamp", message.time().iso());
        json.set("payload", payload(message));
        json.put("integrationId", message.integrationId().value());
        if (message.conversationId() != null) {
            json.put("conversationId", message.conversationId());
        }
        return json;
    }

    private static ObjectNode payload(AgentMessage message) {
        ObjectNode payload = MAPPER.createObjectNode();
        payload.put("text", message.text());
        payload.put("to_id", message.to().id());
        payload.put("to_id_type", message.to().idType());
        payload.set("media", message.firstMedia().map(EventJson::media).orElse(null));
        if (!message.media().isEmpty()) {
            ArrayNode attachments = payload.putArray("attachments");
            message.media().forEach(m -> attachments.add(media(m)));
        }
        message.mediaFailure().ifPresent(failure -> {
            payload.put("media_processing_failed", true);
            payload.put("media_failure_reason", failure.wireName());
        });
        return payload;
    }

    private static ObjectNode media(RehostedMedia media) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("url", media.url());
        json.put("mime_type", media.mimeType().value());
        json.put("filename", media.filename());
        json.put("original_id", media.originalId());
        return json;
    }

    private static ObjectNode status(StatusUpdate update) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("tenantId", update.tenantId().value());
        json.put("genesysId", update.genesysId().value());
        json.put("originalMessageId", update.originalMessageId());
        json.put("status", update.status().wireName());
        json.put("timestamp", update.time().iso());
        json.put("integrationId", update.integrationId().value());
        if (update.isFinalReceipt() != null) {
            json.put("isFinalReceipt", update.isFinalReceipt());
        }
        if (!update.reasons().isEmpty()) {
            ArrayNode reasons = json.putArray("reasons");
            for (GenesysWebhook.Reason reason : update.reasons()) {
                reasons.addObject().put("code", reason.code()).put("message", reason.message());
            }
        }
        if (update.conversationId() != null) {
            json.put("conversationId", update.conversationId());
        }
        return json;
    }
}
