package com.ccplatform.webhook.adapter.http;

import java.nio.charset.StandardCharsets;

/** Webhook bodies in the shapes Genesys really sends (genesys-wire-facts) and in the FRD's. */
final class Webhooks {

    static final String INTEGRATION = "0b6a1d3e-2f47-4a8b-9c5d-1e2f3a4b5c6d";

    private Webhooks() {
    }

    static String text(String id) {
        return """
                {"id": "%s",
                 "channel": {"id": "%s", "platform": "Open", "type": "Private",
                   "to": {"id": "447700900123", "idType": "Opaque"},
                   "from": {"nickname": "Acme Support", "id": "%s", "idType": "Opaque"},
                   "metadata": {"subType": "None"}, "time": "2026-03-25T13:20:05.493Z", "messageId": "%s"},
                 "type": "Text", "text": "Hello \u00e9t\u00e9 \ud83d\ude00", "originatingEntity": "Human",
                 "direction": "Outbound", "conversationId": "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a"}
                """.formatted(id, INTEGRATION, INTEGRATION, id);
    }

    static String attachment(String id, String url) {
        return """
                {"id": "%s",
                 "channel": {"id": "%s", "to": {"id": "447700900123", "idType": "Opaque"},
                   "from": {"id": "%s", "idType": "Opaque"}, "time": "2026-03-25T13:20:05.493Z", "messageId": "%s"},
                 "type": "Text", "direction": "Outbound",
                 "content": [{"contentType": "Attachment", "attachment": {"id": "att-1", "mediaType": "Image",
                   "url": "%s", "mime": "image/png", "filename": "receipt.png", "contentSizeBytes": 4}}]}
                """.formatted(id, INTEGRATION, INTEGRATION, id, url);
    }

    static String typingEvent() {
        return """
                {"id": "evt-typing", "channel": {"id": "%s", "to": {"id": "447700900123"}},
                 "type": "Event", "direction": "Outbound",
                 "events": [{"eventType": "Typing", "typing": {"type": "On", "duration": 5000}}]}
                """.formatted(INTEGRATION);
    }

    /** A bot's `Structured` message with quick replies, a carousel, a date picker and a template (no text). */
    static String structured(String id) {
        return """
                {"id": "%s", "channel": {"id": "%s", "to": {"id": "447700900123", "idType": "Opaque"},
                   "time": "2026-03-25T13:20:05.493Z", "messageId": "%s"},
                 "type": "Structured", "direction": "Outbound", "originatingEntity": "Bot",
                 "content": [
                   {"contentType": "QuickReply", "quickReply": {"text": "Yes", "payload": "yes", "action": "Message"}},
                   {"contentType": "Carousel", "carousel": {"cards": [{"title": "Small box", "description": "",
                     "image": "https://cdn.example/s.png", "actions": [{"type": "Postback", "text": "Pick", "payload": "s"},
                     {"type": "Link", "text": "Sizes", "url": "https://shop.example/sizes"}]}]}},
                   {"contentType": "DatePicker", "datePicker": {"title": "When?", "availableTimes": [
                     {"duration": 1800, "dateTime": "2026-07-01T09:00:00.000Z"}]}},
                   {"contentType": "Notification", "template": {"header": {"text": "Update"},
                     "body": {"text": "Hi Robin", "parameters": [{"name": "name", "text": "Robin"}]},
                     "footer": {"text": "Bye"}}}]}
                """.formatted(id, INTEGRATION, id);
    }

    static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
