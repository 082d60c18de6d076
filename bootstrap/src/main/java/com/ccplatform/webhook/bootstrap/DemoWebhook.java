package com.ccplatform.webhook.bootstrap;

import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** A correctly signed FRD 4.1.1 text message for a known tenant: what the start-up banner's curl sends. */
record DemoWebhook(String body, String signatureHeader) {

    static DemoWebhook textFor(IntegrationId integration, WebhookSecret secret, Instant now) {
        String body = "{\"id\":\"demo-" + UUID.randomUUID() + "\",\"channel\":{\"platform\":\"Open\",\"type\":\"Private\","
                + "\"from\":{\"id\":\"" + integration.value() + "\",\"idType\":\"Email\"},"
                + "\"to\":{\"id\":\"919876543210\",\"idType\":\"Phone\"},\"time\":\"" + now + "\",\"messageId\":null},"
                + "\"type\":\"Text\",\"text\":\"Hello from the quick start\",\"direction\":\"Outbound\"}";
        return new DemoWebhook(body, new SignatureVerifier().sign(body.getBytes(StandardCharsets.UTF_8), secret));
    }

    /** A shell command that sends it; the body holds no single quote, so it can be single-quoted as is. */
    String curl(int port) {
        return "curl -sS -X POST http://127.0.0.1:" + port + "/webhook \\\n"
                + "  -H 'Content-Type: application/json' \\\n"
                + "  -H 'X-Hub-Signature-256: " + signatureHeader + "' \\\n"
                + "  --data-binary '" + body + "'";
    }
}
