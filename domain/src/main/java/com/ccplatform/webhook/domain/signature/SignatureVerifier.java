package com.ccplatform.webhook.domain.signature;

import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a webhook body was signed with one of the tenant's active secrets (REQ-SEC-01). The HMAC is taken over
 * the raw body bytes exactly as received: re-serialised JSON would differ in whitespace or key order.
 */
public final class SignatureVerifier {

    private static final String HMAC_SHA256 = "HmacSHA256";

    /**
     * Never initialised nor used, only cloned: a clone costs a fraction of {@link Mac#getInstance}, whose provider
     * lookup was a measurable part of every request (issue 8's profile).
     */
    private static final Mac PROTOTYPE = cloneablePrototype();

    /** True when the header carries a well-formed digest equal to HMAC-SHA256(secret, body) for some secret. */
    public boolean isAuthentic(byte[] rawBody, String signatureHeader, List<WebhookSecret> secrets) {
        Optional<Signature> claimed = Signature.parse(signatureHeader);
        if (claimed.isEmpty()) {
            return false;
        }
        byte[] provided = claimed.get().digest();
        boolean matched = false;
        for (WebhookSecret secret : secrets) {
            // Constant time, and every secret is tried, so timing tells neither which byte nor which secret differs.
            matched |= MessageDigest.isEqual(hmac(secret, rawBody), provided);
        }
        return matched;
    }

    /** The header value a sender would put on this body: `sha256=` and the lower-case hex digest (FRD 5.1.1). */
    public String sign(byte[] rawBody, WebhookSecret secret) {
        return Signature.PREFIX + HexFormat.of().formatHex(hmac(secret, rawBody));
    }

    private static byte[] hmac(WebhookSecret secret, byte[] body) {
        try {
            Mac mac = freshMac();
            mac.init(new SecretKeySpec(secret.keyBytes(), HMAC_SHA256));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }

    private static Mac freshMac() {
        if (PROTOTYPE != null) {
            try {
                return (Mac) PROTOTYPE.clone();
            } catch (CloneNotSupportedException e) {
                // not reached: the prototype was cloned once before it was kept
            }
        }
        return lookUp();
    }

    /** A Mac to clone, or null when the runtime's provider cannot clone one (then each call looks one up). */
    private static Mac cloneablePrototype() {
        Mac mac = lookUp();
        try {
            mac.clone(); // also settles the provider now, so later clones of this instance only read it
            return mac;
        } catch (CloneNotSupportedException e) {
            return null;
        }
    }

    private static Mac lookUp() {
        try {
            return Mac.getInstance(HMAC_SHA256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }
}
