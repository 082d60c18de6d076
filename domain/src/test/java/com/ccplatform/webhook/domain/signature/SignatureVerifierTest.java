package com.ccplatform.webhook.domain.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** FRD 9.1.1 and the signature attacks of the hostile-input issue. */
class SignatureVerifierTest {

    private static final byte[] BODY = "{\"test\": \"data\"}".getBytes(StandardCharsets.UTF_8);
    private static final WebhookSecret SECRET = new WebhookSecret("my-secret-key-longer-than-15");
    private final SignatureVerifier verifier = new SignatureVerifier();

    @Test
    void acceptsTheHexDigestTheFrdDescribes() {
        assertThat(verifier.isAuthentic(BODY, verifier.sign(BODY, SECRET), List.of(SECRET))).isTrue();
    }

    @Test
    void acceptsTheBase64DigestGenesysDocuments() {
        String base64 = "sha256=" + Base64.getEncoder().encodeToString(digest(verifier.sign(BODY, SECRET)));

        assertThat(verifier.isAuthentic(BODY, base64, List.of(SECRET))).isTrue();
    }

    @Test
    void matchesAReferenceHmacComputedIndependently() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), RFC 4231 style reference vector
        byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);
        String header = "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";

        assertThat(verifier.isAuthentic(body, header, List.of(new WebhookSecret("key")))).isTrue();
    }

    @Test
    void rejectsAnInvalidSignature() {
        assertThat(verifier.isAuthentic(BODY, "sha256=invalid-signature-hash", List.of(SECRET))).isFalse();
    }

    @Test
    void rejectsATamperedBody() {
        String signature = verifier.sign(BODY, SECRET);
        byte[] tampered = "{\"test\": \"modified\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.isAuthentic(tampered, signature, List.of(SECRET))).isFalse();
    }

    @Test
    void rejectsABodyChangedByOneByte() {
        String signature = verifier.sign(BODY, SECRET);
        byte[] changed = BODY.clone();
        changed[changed.length - 2] ^= 1;

        assertThat(verifier.isAuthentic(changed, signature, List.of(SECRET))).isFalse();
    }

    @Test
    void rejectsTheSameJsonReserialised() {
        String signature = verifier.sign(BODY, SECRET);
        byte[] compact = "{\"test\":\"data\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.isAuthentic(compact, signature, List.of(SECRET))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"sha256=", "sha256", "sha1=abc", " sha256=", "SHA256=x"})
    void rejectsMissingEmptyOrMalformedHeaders(String header) {
        assertThat(verifier.isAuthentic(BODY, header, List.of(SECRET))).isFalse();
    }

    @Test
    void rejectsAWrongPrefixEvenWithTheRightDigest() {
        String hex = verifier.sign(BODY, SECRET).substring("sha256=".length());

        assertThat(verifier.isAuthentic(BODY, "sha512=" + hex, List.of(SECRET))).isFalse();
        assertThat(verifier.isAuthentic(BODY, "SHA256=" + hex, List.of(SECRET))).isFalse();
        assertThat(verifier.isAuthentic(BODY, hex, List.of(SECRET))).isFalse();
    }

    @Test
    void rejectsUpperCaseHex() {
        String upper = "sha256=" + verifier.sign(BODY, SECRET).substring(7).toUpperCase(Locale.ROOT);

        assertThat(verifier.isAuthentic(BODY, upper, List.of(SECRET))).isFalse();
    }

    @Test
    void rejectsBase64WithoutPadding() {
        String unpadded = "sha256=" + Base64.getEncoder().withoutPadding()
                .encodeToString(digest(verifier.sign(BODY, SECRET)));

        assertThat(verifier.isAuthentic(BODY, unpadded, List.of(SECRET))).isFalse();
    }

    @Test
    void rejectsNonCanonicalBase64OfTheRightDigest() {
        String canonical = Base64.getEncoder().encodeToString(digest(verifier.sign(BODY, SECRET)));
        char last = canonical.charAt(42);
        // the last character before '=' carries 4 digest bits and 2 unused ones: set an unused bit
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        char sibling = alphabet.charAt(alphabet.indexOf(last) ^ 1);
        String variant = "sha256=" + canonical.substring(0, 42) + sibling + "=";

        assertThat(Base64.getDecoder().decode(variant.substring(7))).isEqualTo(digest(verifier.sign(BODY, SECRET)));
        assertThat(verifier.isAuthentic(BODY, variant, List.of(SECRET))).isFalse();
    }

    @Test
    void rejectsTruncatedDigests() {
        String signature = verifier.sign(BODY, SECRET);

        assertThat(verifier.isAuthentic(BODY, signature.substring(0, signature.length() - 2), List.of(SECRET)))
                .isFalse();
        assertThat(verifier.isAuthentic(BODY, signature + "00", List.of(SECRET))).isFalse();
    }

    @Test
    void rejectsADigestMadeWithAnotherSecret() {
        String foreign = verifier.sign(BODY, new WebhookSecret("another-tenant-secret-123"));

        assertThat(verifier.isAuthentic(BODY, foreign, List.of(SECRET))).isFalse();
    }

    @Test
    void acceptsAnyActiveSecretDuringRotation() {
        WebhookSecret next = new WebhookSecret("the-next-secret-after-rotation");

        assertThat(verifier.isAuthentic(BODY, verifier.sign(BODY, next), List.of(SECRET, next))).isTrue();
        assertThat(verifier.isAuthentic(BODY, verifier.sign(BODY, SECRET), List.of(SECRET, next))).isTrue();
    }

    @Test
    void secretIsNeverPrinted() {
        assertThat(SECRET.toString()).doesNotContain(SECRET.value());
        assertThat(Signature.parse(verifier.sign(BODY, SECRET)).orElseThrow().toString()).doesNotContain("sha256=");
    }

    private static byte[] digest(String header) {
        return HexFormat.of().parseHex(header.substring("sha256=".length()));
    }
}
