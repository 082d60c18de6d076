package com.ccplatform.webhook.domain.media;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Compares an attachment's declared `sha256` (hex or base64) with the digest of the bytes actually received. */
public final class Sha256Checksum {

    private Sha256Checksum() {
    }

    /** True when the declared checksum decodes to exactly this digest; a malformed declaration never matches. */
    public static boolean matches(String declared, byte[] actualDigest) {
        return decode(declared.trim()).map(expected -> MessageDigest.isEqual(expected, actualDigest)).orElse(false);
    }

    private static Optional<byte[]> decode(String declared) {
        try {
            if (declared.length() == 64) {
                return Optional.of(HexFormat.of().parseHex(declared));
            }
            byte[] bytes = Base64.getDecoder().decode(declared);
            return bytes.length == 32 ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
