package com.ccplatform.webhook.domain.signature;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The HMAC-SHA256 digest a request claims, read from `X-Hub-Signature-256: sha256=<digest>`. The digest may be
 * lower-case hex (the FRD) or padded standard base64 (what Genesys documents); anything else is not a signature.
 */
public final class Signature {

    static final String PREFIX = "sha256=";
    private static final int DIGEST_BYTES = 32;
    private static final Pattern LOWER_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PADDED_BASE64 = Pattern.compile("[A-Za-z0-9+/]{43}=");

    private final byte[] digest;

    private Signature(byte[] digest) {
        this.digest = digest;
    }

    /**
     * Reads a header value strictly: exact `sha256=` prefix, then exactly one encoding of a 32-byte digest. A
     * missing, empty, truncated, re-cased or otherwise malformed header yields empty, never an exception.
     */
    public static Optional<Signature> parse(String headerValue) {
        if (headerValue == null || !headerValue.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String encoded = headerValue.substring(PREFIX.length());
        if (LOWER_HEX.matcher(encoded).matches()) {
            return Optional.of(new Signature(HexFormat.of().parseHex(encoded)));
        }
        if (PADDED_BASE64.matcher(encoded).matches()) {
            byte[] decoded = Base64.getDecoder().decode(encoded);
            // The JDK decoder ignores the 2 unused bits of the last character, so four spellings would decode to
            // one digest; only the canonical one is an encoding of it.
            boolean canonical = Base64.getEncoder().encodeToString(decoded).equals(encoded);
            return decoded.length == DIGEST_BYTES && canonical ? Optional.of(new Signature(decoded)) : Optional.empty();
        }
        return Optional.empty();
    }

    byte[] digest() {
        return Arrays.copyOf(digest, digest.length);
    }

    @Override
    public String toString() {
        return "Signature[redacted]";
    }
}
