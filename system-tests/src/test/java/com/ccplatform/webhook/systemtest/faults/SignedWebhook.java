package com.ccplatform.webhook.systemtest.faults;

import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.nio.charset.StandardCharsets;

/** A correctly signed FRD 4.1.1 agent message: its Genesys id, raw body and `X-Hub-Signature-256` value. */
public record SignedWebhook(String id, String body, String signature) {

    private static final SignatureVerifier SIGNER = new SignatureVerifier();

    /** A text message from {@code integration}, signed with {@code secret}. */
    public static SignedWebhook text(String id, String integration, String secret) {
        return signed(id, body(id, integration, ""), secret);
    }

    /** A text message in the real Genesys shape: {@code channel.id} names the integration, and nothing else does. */
    static SignedWebhook genesysText(String id, String integration, String secret) {
        String body = "{\"id\":\"" + id + "\",\"channel\":{\"id\":\"" + integration + "\",\"platform\":\"Open\","
                + "\"type\":\"Private\",\"to\":{\"id\":\"447700900123\",\"idType\":\"Opaque\"},"
                + "\"time\":\"2026-01-01T12:00:00.000Z\",\"messageId\":\"" + id + "\"},\"type\":\"Text\","
                + "\"text\":\"fault test " + id + "\",\"direction\":\"Outbound\"}";
        return signed(id, body, secret);
    }

    /** A text message with one image attachment to be downloaded from {@code url}. */
    public static SignedWebhook withAttachment(String id, String integration, String secret, String url) {
        String content = ",\"content\":[{\"contentType\":\"Attachment\",\"attachment\":{\"id\":\"att-" + id + "\","
                + "\"url\":\"" + url + "\",\"mime\":\"image/png\",\"filename\":\"photo.png\"}}]";
        return signed(id, body(id, integration, content), secret);
    }

    private static SignedWebhook signed(String id, String body, String secret) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return new SignedWebhook(id, body, SIGNER.sign(raw, new WebhookSecret(secret)));
    }

    private static String body(String id, String integration, String content) {
        return "{\"id\":\"" + id + "\",\"channel\":{\"platform\":\"Open\",\"type\":\"Private\","
                + "\"to\":{\"id\":\"919876543210\",\"idType\":\"Phone\"},"
                + "\"from\":{\"id\":\"" + integration + "\",\"idType\":\"Email\"},"
                + "\"time\":\"2026-01-01T12:00:00.000Z\",\"messageId\":null},\"type\":\"Text\","
                + "\"text\":\"fault test " + id + "\",\"direction\":\"Outbound\"" + content + "}";
    }
}
