package com.ccplatform.webhook.domain.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Sha256ChecksumTest {

    private final byte[] digest = sha256("hello");

    @Test
    void matchesHexInEitherCase() {
        String hex = HexFormat.of().formatHex(digest);

        assertThat(Sha256Checksum.matches(hex, digest)).isTrue();
        assertThat(Sha256Checksum.matches(hex.toUpperCase(), digest)).isTrue();
    }

    @Test
    void matchesBase64() {
        assertThat(Sha256Checksum.matches(Base64.getEncoder().encodeToString(digest), digest)).isTrue();
    }

    @Test
    void rejectsOtherDigestsAndGarbage() {
        assertThat(Sha256Checksum.matches(HexFormat.of().formatHex(sha256("other")), digest)).isFalse();
        assertThat(Sha256Checksum.matches("not-a-digest", digest)).isFalse();
        assertThat(Sha256Checksum.matches("zz".repeat(32), digest)).isFalse();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
