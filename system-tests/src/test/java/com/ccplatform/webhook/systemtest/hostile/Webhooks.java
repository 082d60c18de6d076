package com.ccplatform.webhook.systemtest.hostile;

import com.ccplatform.webhook.systemtest.hostile.HostilePlatform.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Well-formed webhooks in the FRD's shape and their signatures, computed here with the JDK's HMAC rather than with the
 * service's own verifier, so a fault in the verifier cannot hide itself.
 */
final class Webhooks {

    private Webhooks() {
    }

    /** An outbound text message from {@code tenant}'s integration. */
    static String text(Tenant tenant, String id) {
        return text(tenant.integration(), id, "");
    }

    /** An outbound text message naming {@code integration}, with {@code extraFields} (",\"k\":v...") appended. */
    static String text(String integration, String id, String extraFields) {
        return "{\"id\":\"" + id + "\",\"channel\":{\"platform\":\"Open\",\"type\":\"Private\","
                + "\"to\":{\"id\":\"919876543210\",\"idType\":\"Phone\"},"
                + "\"from\":{\"id\":\"" + integration + "\",\"idType\":\"Email\"},"
                + "\"time\":\"2026-01-01T12:00:00.000Z\"},\"type\":\"Text\","
                + "\"text\":\"Hello from the hostile suite\",\"direction\":\"Outbound\"" + extraFields + "}";
    }

    /** An outbound message from tenant A carrying one attachment at {@code url}. */
    static String attachment(Tenant tenant, String id, String url) {
        return text(tenant.integration(), id, ",\"content\":[{\"contentType\":\"Attachment\",\"attachment\":{"
                + "\"id\":\"att-" + id + "\",\"mediaType\":\"Image\",\"url\":\"" + url + "\",\"mime\":\"image/png\","
                + "\"filename\":\"photo.png\"}}]");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] hmac(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** `sha256=` and the lower-case hex HMAC: what the FRD says a sender puts on the body. */
    static String sign(byte[] body, String secret) {
        return "sha256=" + HexFormat.of().formatHex(hmac(body, secret));
    }

    static String sign(String body, Tenant tenant) {
        return sign(utf8(body), tenant.secret());
    }
}
