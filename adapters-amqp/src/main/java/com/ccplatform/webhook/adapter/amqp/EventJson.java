package com.ccplatform.webhook.adapter.amqp;

import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.ccplatform.webhook.domain.media.RehostedMedia;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import com.ccplatform.webhook.domain.publish.PublishableEvent;
import com.ccplatform.webhook.domain.publish.StatusUpdate;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The FRD 4.2 message bodies: exactly the documented fields, plus additions that downstream may ignore (described in
 * docs/events.md). Written field by field with a streaming generator: one publish per request, so no intermediate tree.
 */
public final class EventJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper();

    private EventJson() {
    }

    /** The UTF-8 JSON body published for an event. */
    public static byte[] toBytes(PublishableEvent event) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(512)) {
            try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
                if (event instanceof AgentMessage message) {
                    outbound(message, json);
                } else {
                    status((StatusUpdate) event, json);
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write event " + event.genesysId() + " as JSON", e);
        }
    }

    /** The published body read back as a tree, for tests and logs. */
    public static ObjectNode toTree(PublishableEvent event) {
        try {
            return (ObjectNode) READER.readTree(toBytes(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void outbound(AgentMessage message, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("tenantId", message.tenantId().value());
        json.writeStringField("genesysId", message.genesysId().value());
        json.writeStringField("type", "message");
        json.writeStringField("timestamp", message.time().iso());
        json.writeFieldName("payload");
        payload(message, json);
        json.writeStringField("integrationId", message.integrationId().value());
        if (message.conversationId() != null) {
            json.writeStringField("conversationId", message.conversationId());
        }
        json.writeEndObject();
    }

    private static void payload(AgentMessage message, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", message.text());
        json.writeStringField("to_id", message.to().id());
        json.writeStringField("to_id_type", message.to().idType());
        json.writeFieldName("media");
        Optional<RehostedMedia> first = message.firstMedia();
        if (first.isPresent()) {
            media(first.get(), json);
        } else {
            json.writeNull();
        }
        additions(message, json);
        json.writeEndObject();
    }

    /** What this service adds to the FRD's payload, each only when it has something to say (docs/events.md). */
    private static void additions(AgentMessage message, JsonGenerator json) throws IOException {
        if (!message.media().isEmpty()) {
            json.writeArrayFieldStart("attachments");
            for (RehostedMedia media : message.media()) {
                media(media, json);
            }
            json.writeEndArray();
        }
        if (message.mediaFailure().isPresent()) {
            json.writeBooleanField("media_processing_failed", true);
            json.writeStringField("media_failure_reason", message.mediaFailure().get().wireName());
        }
        if (!message.content().isEmpty()) {
            json.writeFieldName("content");
            ContentJson.write(message.content(), json);
        }
        if (message.originatingEntity() != null) {
            json.writeStringField("originating_entity", message.originatingEntity().wireName());
        }
    }

    private static void media(RehostedMedia media, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("url", media.url());
        json.writeStringField("mime_type", media.mimeType().value());
        json.writeStringField("filename", media.filename());
        json.writeStringField("original_id", media.originalId());
        json.writeEndObject();
    }

    private static void status(StatusUpdate update, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("tenantId", update.tenantId().value());
        json.writeStringField("genesysId", update.genesysId().value());
        json.writeStringField("originalMessageId", update.originalMessageId());
        json.writeStringField("status", update.status().wireName());
        json.writeStringField("timestamp", update.time().iso());
        json.writeStringField("integrationId", update.integrationId().value());
        if (update.isFinalReceipt() != null) {
            json.writeBooleanField("isFinalReceipt", update.isFinalReceipt());
        }
        if (!update.reasons().isEmpty()) {
            json.writeArrayFieldStart("reasons");
            for (GenesysWebhook.Reason reason : update.reasons()) {
                json.writeStartObject();
                json.writeStringField("code", reason.code());
                json.writeStringField("message", reason.message());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (update.conversationId() != null) {
            json.writeStringField("conversationId", update.conversationId());
        }
        json.writeEndObject();
    }
}
