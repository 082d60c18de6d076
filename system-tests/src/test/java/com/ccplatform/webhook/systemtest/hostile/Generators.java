package com.ccplatform.webhook.systemtest.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * Bodies too big or too regular to keep as files: deep nesting, long numbers, huge strings, other encodings; and the
 * well-formed base webhooks the corpus patches (text, attachment, typing event, receipt), all from tenant A.
 */
final class Generators {

    static final String FOREIGN_MEDIA_URL = "https://api.mypurecloud.ie/api/v2/downloads/corpus-media";

    private Generators() {
    }

    static byte[] generate(JsonNode spec) {
        String kind = spec.get("kind").asText();
        int size = spec.path("size").asInt();
        switch (kind) {
            case "deepArrays":
                return utf8("{\"x\":" + "[".repeat(size) + "]".repeat(size) + "}");
            case "deepObjects":
                return utf8("{\"a\":".repeat(size) + "1" + "}".repeat(size));
            case "longNumber":
                String text = base("text", "corpus-long-number");
                return utf8(text.substring(0, text.length() - 1) + ",\"n\":" + "9".repeat(size) + "}");
            case "textOfBodySize":
                return textOfBodySize(size);
            case "utf16":
                return base("text", "corpus-utf16").getBytes(StandardCharsets.UTF_16LE);
            case "utf32":
                return base("text", "corpus-utf32").getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
            default:
                throw new IllegalArgumentException("no generator " + kind);
        }
    }

    /** A signed-able text message whose whole body is exactly {@code size} bytes, padded in `text`. */
    private static byte[] textOfBodySize(int size) {
        String prefix = base("text", "corpus-huge-" + size).replace("Hello from the hostile suite", "");
        int at = prefix.indexOf("\"text\":\"") + 8;
        return utf8(prefix.substring(0, at) + "x".repeat(size - prefix.length()) + prefix.substring(at));
    }

    static String base(String shape, String id) {
        switch (shape) {
            case "text":
                return Webhooks.text(HostilePlatform.A, id);
            case "attachment":
                return Webhooks.attachment(HostilePlatform.A, id, FOREIGN_MEDIA_URL);
            case "event":
                return Webhooks.text(HostilePlatform.A.integration(), id, "").replace("\"type\":\"Text\"",
                        "\"type\":\"Event\",\"events\":[{\"eventType\":\"Typing\",\"typing\":{\"type\":\"On\","
                                + "\"duration\":5000}}]");
            case "receipt":
                return Webhooks.text(HostilePlatform.A.integration(), id, ",\"status\":\"Failed\","
                        + "\"isFinalReceipt\":true,\"reasons\":[{\"code\":\"RateLimited\",\"message\":\"slow down\"}]")
                        .replace("\"type\":\"Text\"", "\"type\":\"Receipt\"");
            default:
                throw new IllegalArgumentException("no base " + shape);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
