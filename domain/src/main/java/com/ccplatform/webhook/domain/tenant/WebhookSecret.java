package com.ccplatform.webhook.domain.tenant;

import com.ccplatform.webhook.domain.Require;
import java.nio.charset.StandardCharsets;

/** A tenant's HMAC key for webhook signatures; never printed. */
public record WebhookSecret(String value) {
    public WebhookSecret {
        Require.nonBlank(value, "webhook secret");
    }

    /** The key bytes: the secret string as UTF-8, as Genesys and the FRD both use it. */
    public byte[] keyBytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "WebhookSecret[redacted]";
    }
}
