package com.ccplatform.webhook.bootstrap;

import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The webhooks a training run sends: every shape the service meets in production (agent texts of both wire shapes,
 * receipts, typing, echoes, rich messages, attachments, ignored directions), in about the production mix, and the
 * refusals (a forged signature, an unknown integration, a body that is not JSON), each signed for one tenant.
 */
final class TrainingTraffic {

    /** One request: its body and the signature header it carries (a forged one for the forged shape). */
    record Webhook(String shape, byte[] body, String signatureHeader) {
    }

    /** Out of every 40: mostly texts and receipts as in production, then one or two of everything else. */
    private static final List<String> MIX = List.of(
            "text", "text", "text", "text", "text", "text", "text", "text", "text", "text", "text", "text",
            "text-frd", "text-frd", "text-frd", "text-frd", "text-frd", "text-frd", "text-frd", "text-frd",
            "receipt", "receipt", "receipt", "receipt", "receipt", "receipt", "receipt", "receipt", "receipt",
            "echo", "echo", "typing", "quick-reply", "carousel", "attachment", "inbound", "forged", "unknown",
            "not-json", "receipt-failed");

    private final SignatureVerifier signer = new SignatureVerifier();
    private final String integration;
    private final WebhookSecret secret;

    TrainingTraffic(String integration, WebhookSecret secret) {
        this.integration = integration;
        this.secret = secret;
    }

    Webhook next(long sequence) {
        String shape = MIX.get((int) (sequence % MIX.size()));
        String id = UUID.randomUUID().toString().replace("-", "");
        String time = Instant.now().toString();
        String body = body(shape, id, time);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String signature = shape.equals("forged")
                ? "sha256=" + "0".repeat(64)
                : signer.sign(bytes, secret);
        return new Webhook(shape, bytes, signature);
    }

    private String body(String shape, String id, String time) {
        String channel = "\"channel\":{\"id\":\"" + integration + "\",\"platform\":\"Open\",\"type\":\"Private\","
                + "\"messageId\":\"" + id + "\",\"from\":{\"nickname\":\"Training\",\"id\":\"" + integration
                + "\",\"idType\":\"Opaque\"},\"to\":{\"id\":\"customer-" + id.substring(0, 8) + "\"},"
                + "\"time\":\"" + time + "\"}";
        return switch (shape) {
            case "text" -> "{\"id\":\"" + id + "\"," + channel + ",\"type\":\"Text\",\"text\":\"Thanks for waiting, "
                    + "I am looking at order " + id.substring(0, 6) + " now.\",\"originatingEntity\":\"Human\","
                    + "\"direction\":\"Outbound\"}";
            case "text-frd" -> "{\"id\":\"" + id + "\",\"channel\":{\"platform\":\"Open\",\"type\":\"Private\","
                    + "\"from\":{\"id\":\"" + integration + "\",\"idType\":\"Email\"},\"to\":{\"id\":\"919876543210\","
                    + "\"idType\":\"Phone\"},\"time\":\"" + time + "\",\"messageId\":null},\"type\":\"Text\","
                    + "\"text\":\"Your parcel leaves today.\",\"direction\":\"Outbound\"}";
            case "echo" -> "{\"id\":\"" + id + "\",\"channel\":{\"id\":\"" + integration + "\",\"platform\":\"Open\","
                    + "\"type\":\"Private\",\"messageId\":\"mw-" + id + "\",\"from\":{\"id\":\"" + integration
                    + "\"},\"to\":{\"id\":\"customer\"},\"time\":\"" + time + "\"},\"type\":\"Text\","
                    + "\"text\":\"echo of our own message\",\"direction\":\"Outbound\"}";
            case "receipt" -> receipt(id, channel, "Delivered");
            case "receipt-failed" -> receipt(id, channel, "Failed");
            case "typing" -> "{\"id\":\"" + id + "\"," + channel + ",\"type\":\"Event\",\"events\":[{\"eventType\":"
                    + "\"Typing\",\"typing\":{\"type\":\"On\",\"duration\":5000}}],\"direction\":\"Outbound\"}";
            case "quick-reply" -> "{\"id\":\"" + id + "\"," + channel + ",\"originatingEntity\":\"Bot\","
                    + "\"direction\":\"Outbound\",\"type\":\"Structured\",\"text\":\"Shall I book it?\",\"content\":["
                    + "{\"contentType\":\"QuickReply\",\"quickReply\":{\"text\":\"Yes\",\"payload\":\"yes\","
                    + "\"action\":\"Message\"}},{\"contentType\":\"QuickReply\",\"quickReply\":{\"text\":\"No\","
                    + "\"payload\":\"no\",\"action\":\"Message\"}}]}";
            case "carousel" -> "{\"id\":\"" + id + "\"," + channel + ",\"originatingEntity\":\"Bot\","
                    + "\"direction\":\"Outbound\",\"type\":\"Structured\",\"content\":[{\"contentType\":\"Carousel\","
                    + "\"carousel\":{\"cards\":[{\"title\":\"Small\",\"description\":\"\",\"image\":"
                    + "\"https://cdn.example.com/s.png\",\"actions\":[{\"type\":\"Postback\",\"text\":\"Pick\","
                    + "\"payload\":\"s\"}]},{\"title\":\"Large\",\"description\":\"\",\"actions\":[{\"type\":"
                    + "\"Postback\",\"text\":\"Pick\",\"payload\":\"l\"}]}]}}]}";
            case "attachment" -> "{\"id\":\"" + id + "\"," + channel + ",\"direction\":\"Outbound\","
                    + "\"originatingEntity\":\"Human\",\"type\":\"Text\",\"content\":[{\"contentType\":\"Attachment\","
                    + "\"attachment\":{\"id\":\"" + UUID.randomUUID() + "\",\"mediaType\":\"Image\",\"url\":"
                    + "\"https://api-downloads.mypurecloud.com/api/v2/downloads/" + id + "\",\"mime\":\"image/jpeg\","
                    + "\"filename\":\"photo.jpg\",\"contentSizeBytes\":6144}}]}";
            case "inbound" -> "{\"id\":\"" + id + "\"," + channel + ",\"type\":\"Receipt\",\"status\":\"Delivered\","
                    + "\"direction\":\"Inbound\"}";
            case "forged" -> "{\"id\":\"" + id + "\"," + channel + ",\"type\":\"Text\",\"text\":\"forged\","
                    + "\"direction\":\"Outbound\"}";
            case "unknown" -> "{\"id\":\"" + id + "\",\"channel\":{\"id\":\"unknown-" + id + "\",\"platform\":"
                    + "\"Open\",\"from\":{\"id\":\"unknown-" + id + "\"},\"time\":\"" + time + "\"},\"type\":\"Text\","
                    + "\"text\":\"nobody's\",\"direction\":\"Outbound\"}";
            case "not-json" -> "{\"id\":\"" + id + "\",\"channel\":";
            default -> throw new IllegalStateException("no training shape " + shape);
        };
    }

    private static String receipt(String id, String channel, String status) {
        return "{\"id\":\"" + id + "\"," + channel + ",\"type\":\"Receipt\",\"status\":\"" + status + "\","
                + "\"reasons\":[{\"code\":\"GeneralError\",\"message\":\"\"}],\"isFinalReceipt\":true,"
                + "\"direction\":\"Outbound\"}";
    }
}
