package com.ccplatform.webhook.systemtest.hostile;

import com.ccplatform.webhook.systemtest.hostile.HostilePlatform.Tenant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The forgeries a sender without tenant A's secret could try, each built on a fresh text message from tenant A: a
 * header that is missing or malformed, a digest that is close but wrong, or a good digest on a body that changed.
 */
final class SignatureAttacks {

    private static final Tenant A = HostilePlatform.A;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** One attack: its name, and how it turns a message id into the request to send. */
    record Attack(String name, Function<String, RawRequest> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    private SignatureAttacks() {
    }

    static List<Attack> all() {
        List<Attack> attacks = new ArrayList<>(headerAttacks());
        attacks.addAll(bodyAttacks());
        return attacks;
    }

    private static List<Attack> headerAttacks() {
        return List.of(
                header("missing header", hex -> null),
                header("empty header", hex -> ""),
                header("sha256= alone", hex -> "sha256="),
                header("no prefix", hex -> hex),
                header("sha1= prefix", hex -> "sha1=" + hex),
                header("sha512= prefix", hex -> "sha512=" + hex),
                header("upper-case prefix", hex -> "SHA256=" + hex),
                header("colon instead of equals", hex -> "sha256:" + hex),
                header("upper-case hex", hex -> "sha256=" + hex.toUpperCase(Locale.ROOT)),
                header("one upper-case hex digit", hex -> "sha256=" + upperFirstLetter(hex)),
                header("base64 without padding", hex -> "sha256=" + base64(hex).substring(0, 43)),
                header("url-safe base64", hex -> "sha256=" + base64(hex).replace('+', '-').replace('/', '_')
                        .replace('=', '-')),
                header("non-canonical base64", hex -> "sha256=" + nonCanonical(base64(hex))),
                header("base64 of the hex text", hex -> "sha256=" + Base64.getEncoder().encodeToString(
                        hex.getBytes(java.nio.charset.StandardCharsets.US_ASCII))),
                header("truncated by one digit", hex -> "sha256=" + hex.substring(0, 63)),
                header("truncated to half", hex -> "sha256=" + hex.substring(0, 32)),
                header("digest with two digits more", hex -> "sha256=" + hex + "00"),
                header("last digit changed", hex -> "sha256=" + hex.substring(0, 63) + (hex.endsWith("0") ? "1" : "0")),
                header("all zeros", hex -> "sha256=" + "0".repeat(64)),
                header("two digests", hex -> "sha256=" + hex + ",sha256=" + hex));
    }

    private static List<Attack> bodyAttacks() {
        return List.of(
                signedWith("digest made with tenant B's secret", id -> Webhooks.text(A, id), HostilePlatform.B.secret()),
                signedWith("digest made with a near-miss secret", id -> Webhooks.text(A, id), A.secret() + " "),
                signedWith("digest made with the secret's first 15 characters", id -> Webhooks.text(A, id),
                        A.secret().substring(0, 15)),
                changedAfterSigning("body changed by one byte", body -> body.replace("Hello", "Jello")),
                changedAfterSigning("body with a newline appended", body -> body + "\n"),
                changedAfterSigning("body re-serialised with spaces", body -> body.replace(",\"", ", \"")
                        .replace("\":", "\": ")),
                changedAfterSigning("body re-serialised with keys reordered", body -> "{\"direction\":\"Outbound\","
                        + body.substring(1).replace(",\"direction\":\"Outbound\"", "")),
                changedAfterSigning("body re-serialised with a unicode escape", body -> body.replace("Hello",
                        "\\u0048ello")),
                signedWith("tenant A's signature on a body naming tenant B", id -> Webhooks.text(HostilePlatform.B, id),
                        A.secret()),
                signedWith("tenant A's signature, channel.id naming tenant B",
                        id -> Webhooks.text(A, id).replace("\"channel\":{", "\"channel\":{\"id\":\""
                                + HostilePlatform.B.integration() + "\","), A.secret()),
                new Attack("signature of another message replayed", id -> RawRequest.json(
                        Webhooks.utf8(Webhooks.text(A, id)), Webhooks.sign(Webhooks.text(A, id + "-other"), A))),
                new Attack("a bad signature header before a good one", id -> {
                    String body = Webhooks.text(A, id);
                    return RawRequest.json(Webhooks.utf8(body), "sha256=" + "0".repeat(64)).withHeaders(List.of(
                            Map.entry("Content-Type", "application/json"),
                            Map.entry("X-Hub-Signature-256", "sha256=" + "0".repeat(64)),
                            Map.entry("X-Hub-Signature-256", Webhooks.sign(body, A))));
                }),
                new Attack("plain SHA-256 of secret and body", id -> {
                    String body = Webhooks.text(A, id);
                    return RawRequest.json(Webhooks.utf8(body), "sha256=" + HexFormat.of().formatHex(sha256(
                            (A.secret() + body).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
                }));
    }

    private static Attack header(String name, Function<String, String> headerFromHex) {
        return new Attack(name, id -> {
            String body = Webhooks.text(A, id);
            String hex = Webhooks.sign(body, A).substring("sha256=".length());
            return RawRequest.json(Webhooks.utf8(body), headerFromHex.apply(hex));
        });
    }

    private static Attack signedWith(String name, Function<String, String> body, String secret) {
        return new Attack(name, id -> RawRequest.json(Webhooks.utf8(body.apply(id)),
                Webhooks.sign(Webhooks.utf8(body.apply(id)), secret)));
    }

    private static Attack changedAfterSigning(String name, Function<String, String> change) {
        return new Attack(name, id -> {
            String body = Webhooks.text(A, id);
            String changed = change.apply(body);
            if (changed.equals(body)) {
                throw new IllegalStateException(name + " did not change the body");
            }
            return RawRequest.json(Webhooks.utf8(changed), Webhooks.sign(body, A));
        });
    }

    static String base64(String hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }

    /** The same 32 bytes with an unused bit of the last character set: the JDK decoder reads it as the same digest. */
    private static String nonCanonical(String canonical) {
        char sibling = ALPHABET.charAt(ALPHABET.indexOf(canonical.charAt(42)) ^ 1);
        return canonical.substring(0, 42) + sibling + "=";
    }

    private static String upperFirstLetter(String hex) {
        for (int i = 0; i < hex.length(); i++) {
            if (Character.isLetter(hex.charAt(i))) {
                return hex.substring(0, i) + Character.toUpperCase(hex.charAt(i)) + hex.substring(i + 1);
            }
        }
        throw new IllegalStateException("a 64-digit digest without a letter");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
