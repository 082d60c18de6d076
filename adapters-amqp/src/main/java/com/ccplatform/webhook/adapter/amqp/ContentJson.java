package com.ccplatform.webhook.adapter.amqp;

import com.ccplatform.webhook.domain.content.AvailableTime;
import com.ccplatform.webhook.domain.content.Card;
import com.ccplatform.webhook.domain.content.CardAction;
import com.ccplatform.webhook.domain.content.DatePicker;
import com.ccplatform.webhook.domain.content.NotificationTemplate;
import com.ccplatform.webhook.domain.content.QuickReply;
import com.ccplatform.webhook.domain.content.StructuredContent;
import com.ccplatform.webhook.domain.content.TemplateParameter;
import com.ccplatform.webhook.domain.content.TemplateText;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * `payload.content` of an agent message (docs/events.md): `quick_replies`, `cards`, `date_picker` and `template`,
 * each present only when the message has one. Inside an item, lists are always written (maybe empty) and optional
 * text fields only when present; enumerated values are lower-case (`message`, `postback`, `link`).
 */
final class ContentJson {

    private ContentJson() {
    }

    static void write(StructuredContent content, JsonGenerator json) throws IOException {
        json.writeStartObject();
        if (!content.quickReplies().isEmpty()) {
            json.writeArrayFieldStart("quick_replies");
            for (QuickReply reply : content.quickReplies()) {
                quickReply(reply, json);
            }
            json.writeEndArray();
        }
        if (!content.cards().isEmpty()) {
            json.writeArrayFieldStart("cards");
            for (Card card : content.cards()) {
                card(card, json);
            }
            json.writeEndArray();
        }
        if (content.datePicker().isPresent()) {
            json.writeFieldName("date_picker");
            datePicker(content.datePicker().get(), json);
        }
        if (content.template().isPresent()) {
            json.writeFieldName("template");
            template(content.template().get(), json);
        }
        json.writeEndObject();
    }

    private static void quickReply(QuickReply reply, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", reply.text());
        optional("payload", reply.payload(), json);
        optional("action", reply.action() == null ? null : reply.action().wireName(), json);
        json.writeEndObject();
    }

    private static void card(Card card, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", card.title());
        optional("description", card.description(), json);
        optional("image", card.image(), json);
        json.writeArrayFieldStart("actions");
        for (CardAction action : card.actions()) {
            json.writeStartObject();
            json.writeStringField("type", action.type().wireName());
            json.writeStringField("text", action.text());
            optional("payload", action.payload(), json);
            optional("url", action.url(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void datePicker(DatePicker picker, JsonGenerator json) throws IOException {
        json.writeStartObject();
        optional("title", picker.title(), json);
        optional("subtitle", picker.subtitle(), json);
        json.writeArrayFieldStart("available_times");
        for (AvailableTime time : picker.availableTimes()) {
            json.writeStartObject();
            json.writeStringField("date_time", time.dateTime());
            if (time.durationSeconds() != null) {
                json.writeNumberField("duration_seconds", time.durationSeconds());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void template(NotificationTemplate template, JsonGenerator json) throws IOException {
        json.writeStartObject();
        optional("id", template.id(), json);
        optional("language", template.language(), json);
        if (template.header() != null) {
            templateText("header", template.header(), json);
        }
        templateText("body", template.body(), json);
        if (template.footer() != null) {
            json.writeObjectFieldStart("footer");
            json.writeStringField("text", template.footer());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void templateText(String name, TemplateText part, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart(name);
        optional("text", part.text(), json);
        json.writeArrayFieldStart("parameters");
        for (TemplateParameter parameter : part.parameters()) {
            json.writeStartObject();
            optional("name", parameter.name(), json);
            json.writeStringField("text", parameter.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void optional(String name, String value, JsonGenerator json) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
