package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.domain.content.AvailableTime;
import com.ccplatform.webhook.domain.content.Card;
import com.ccplatform.webhook.domain.content.CardAction;
import com.ccplatform.webhook.domain.content.Carousel;
import com.ccplatform.webhook.domain.content.DatePicker;
import com.ccplatform.webhook.domain.content.NotificationTemplate;
import com.ccplatform.webhook.domain.content.QuickReply;
import com.ccplatform.webhook.domain.content.StructuredItem;
import com.ccplatform.webhook.domain.content.TemplateParameter;
import com.ccplatform.webhook.domain.content.TemplateText;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads the structured item of one `content[]` entry (`quickReply`, `carousel`, `card`, `datePicker`, `template`) into
 * the domain's values. Leniently, unlike the rest of the webhook: an item with a field of another JSON type than
 * Genesys sends, or one its domain value refuses, reads as null, which the classifier counts as an incomplete item,
 * and the message still goes out. Fields no sample shows (a template header's media, a card's video) are not read.
 */
final class StructuredItemReader {

    private StructuredItemReader() {
    }

    /** The item of {@code entry}, or null for an attachment, an unknown content type or an item that does not read. */
    static StructuredItem read(WebhookDto.ContentDto entry) {
        if (entry.contentType() == null) {
            return null;
        }
        try {
            return switch (entry.contentType().toLowerCase(Locale.ROOT)) {
                case "quickreply" -> quickReply(object(entry.quickReply()));
                case "carousel" -> new Carousel(list(object(entry.carousel()).get("cards"), StructuredItemReader::card));
                case "card" -> new Carousel(List.of(card(entry.card())));
                case "datepicker" -> datePicker(object(entry.datePicker()));
                case "notification" -> template(object(entry.template()));
                default -> null;
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static QuickReply quickReply(JsonNode reply) {
        return new QuickReply(text(reply, "text"), text(reply, "payload"),
                QuickReply.Action.fromGenesys(text(reply, "action")));
    }

    private static Card card(JsonNode node) {
        JsonNode card = object(node);
        return new Card(text(card, "title"), text(card, "description"), text(card, "image"),
                list(card.get("actions"), StructuredItemReader::action));
    }

    private static CardAction action(JsonNode node) {
        JsonNode action = object(node);
        return new CardAction(CardAction.Type.fromGenesys(text(action, "type")), text(action, "text"),
                text(action, "payload"), text(action, "url"));
    }

    private static DatePicker datePicker(JsonNode picker) {
        return new DatePicker(text(picker, "title"), text(picker, "subtitle"), list(picker.get("availableTimes"),
                node -> new AvailableTime(text(object(node), "dateTime"), integer(node, "duration"))));
    }

    private static NotificationTemplate template(JsonNode template) {
        JsonNode footer = template.get("footer");
        return new NotificationTemplate(text(template, "id"), text(template, "language"),
                templateText(template.get("header")), templateText(template.get("body")),
                absent(footer) ? null : text(object(footer), "text"));
    }

    private static TemplateText templateText(JsonNode node) {
        if (absent(node)) {
            return null;
        }
        JsonNode part = object(node);
        return new TemplateText(text(part, "text"), list(part.get("parameters"),
                parameter -> new TemplateParameter(text(object(parameter), "name"), text(parameter, "text"))));
    }

    private static JsonNode object(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        return node;
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (absent(value)) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " is not a string");
        }
        return value.textValue();
    }

    private static Long integer(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (absent(value)) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(field + " is not an integer");
        }
        return value.longValue();
    }

    /** The elements of an array, each read by {@code reader}; empty when absent; null elements say nothing. */
    private static <T> List<T> list(JsonNode node, Function<JsonNode, T> reader) {
        if (absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("not an array");
        }
        List<T> items = new ArrayList<>(node.size());
        node.forEach(element -> {
            if (!element.isNull()) {
                items.add(reader.apply(element));
            }
        });
        return items;
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }
}
