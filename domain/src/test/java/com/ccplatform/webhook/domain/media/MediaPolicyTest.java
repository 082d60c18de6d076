package com.ccplatform.webhook.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaPolicyTest {

    private final MediaPolicy policy = new MediaPolicy(20L * 1024 * 1024);

    @ParameterizedTest
    @ValueSource(strings = {"image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf",
            "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "audio/mpeg", "audio/ogg", "audio/wav", "video/mp4", "video/quicktime", "text/plain", "text/csv"})
    void allowsEveryFrdType(String type) {
        assertThat(policy.allowedType(type)).contains(new MimeType(type));
    }

    @Test
    void allowsAContentTypeWithParametersAndOtherCase() {
        assertThat(policy.allowedType("Text/Plain; charset=UTF-8")).contains(new MimeType("text/plain"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/octet-stream", "application/x-msdownload", "text/html", "image/svg+xml",
            "", "not a type", "image/"})
    void refusesEverythingElse(String type) {
        assertThat(policy.allowedType(type)).isEmpty();
    }

    @Test
    void refusesAnAbsentType() {
        assertThat(policy.allowedType(null)).isEmpty();
    }

    @Test
    void limitIsInclusive() {
        assertThat(policy.exceedsLimit(20L * 1024 * 1024)).isFalse();
        assertThat(policy.exceedsLimit(20L * 1024 * 1024 + 1)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"image/jpeg,.jpg", "image/png,.png", "application/pdf,.pdf", "video/mp4,.mp4", "audio/mpeg,.mp3",
            "text/plain,.txt", "text/csv,.csv"})
    void mapsTypesToExtensions(String type, String extension) {
        assertThat(policy.extensionFor(new MimeType(type))).isEqualTo(extension);
    }

    @Test
    void namesObjectsByTenantAndUtcDate() {
        UUID uuid = UUID.fromString("0b6a1d3e-2f47-4a8b-9c5d-1e2f3a4b5c6d");
        // 23:30 on 31 Dec in UTC-2 would be 1 Jan elsewhere: the key uses UTC
        ObjectKey key = policy.keyFor(new TenantId("uuid-5678"), new MimeType("application/pdf"),
                Instant.parse("2023-12-31T23:30:00Z"), uuid);

        assertThat(key.value()).isEqualTo("uuid-5678/2023/12/31/0b6a1d3e-2f47-4a8b-9c5d-1e2f3a4b5c6d.pdf");
    }

    @Test
    void objectKeysCannotEscapeTheBucket() {
        assertThatThrownBy(() -> new ObjectKey("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ObjectKey("/abs")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> new MediaPolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
