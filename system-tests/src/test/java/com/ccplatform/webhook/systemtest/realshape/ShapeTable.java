package com.ccplatform.webhook.systemtest.realshape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One line per replayed shape: what it was answered and what the published event holds, printed at the end. */
final class ShapeTable {

    private final List<String> rows = new ArrayList<>();

    synchronized void add(String shape, int status, String answer, String queue, JsonNode event, String mediaCheck) {
        rows.add("| " + shape + " | " + status + " " + answer + " | " + (queue == null ? "nothing published"
                : queue + ": " + summary(event)) + (mediaCheck == null ? "" : "; " + mediaCheck) + " |");
    }

    synchronized String render() {
        return "| shape | answer | published |\n|---|---|---|\n" + String.join("\n", rows);
    }

    /** The parts of an event that tell shapes apart: type or status, text, content, sender, media. */
    static String summary(JsonNode event) {
        if (event == null) {
            return "(none)";
        }
        if (!event.has("payload")) {
            return "status=" + event.path("status").asText() + " originalMessageId=" + event.path("originalMessageId")
                    + (event.has("isFinalReceipt") ? " isFinalReceipt=" + event.get("isFinalReceipt") : "")
                    + (event.has("reasons") ? " reasons=" + codes(event.get("reasons")) : "")
                    + (event.has("conversationId") ? " conversationId" : "");
        }
        JsonNode payload = event.get("payload");
        StringBuilder line = new StringBuilder("message text=").append(shortened(payload.path("text").asText()));
        line.append(" to_id_type=").append(payload.path("to_id_type").isNull() ? "null" : payload.path("to_id_type").asText());
        if (payload.has("content")) {
            line.append(" content={").append(content(payload.get("content"))).append('}');
        }
        if (payload.has("originating_entity")) {
            line.append(" originating_entity=").append(payload.get("originating_entity").asText());
        }
        if (!payload.path("media").isNull()) {
            line.append(" media=").append(payload.path("media").path("mime_type").asText());
        }
        if (payload.path("media_processing_failed").asBoolean()) {
            line.append(" media_processing_failed (").append(payload.path("media_failure_reason").asText()).append(')');
        }
        return line.toString();
    }

    private static String content(JsonNode content) {
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> items = content.fields(); items.hasNext(); ) {
            Map.Entry<String, JsonNode> item = items.next();
            parts.add(item.getKey() + (item.getValue().isArray() ? "[" + item.getValue().size() + "]" : ""));
        }
        return String.join(", ", parts);
    }

    private static String codes(JsonNode reasons) {
        List<String> codes = new ArrayList<>();
        reasons.forEach(r -> codes.add(r.path("code").asText()));
        return codes.toString();
    }

    private static String shortened(String text) {
        return "\"" + (text.length() <= 32 ? text : text.substring(0, 32) + "...") + "\"";
    }
}
