package com.ccplatform.webhook.domain.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What storage says it serves, against what the sender declared (issue 14, item 4). */
class ServedContentTypeTest {

    private static final MimeType PNG = new MimeType("image/png");

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "application/octet-stream", "binary/octet-stream", "Application/Octet-Stream",
            "application/octet-stream; charset=binary", "application/x-download", "application/force-download",
            "application/download", "application/binary", "application/unknown"})
    void keepsTheDeclaredTypeWhenStorageSaysNothingSpecific(String served) {
        assertThat(ServedContentType.agrees(PNG, served)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "IMAGE/PNG", "image/png; charset=binary", " image/png "})
    void acceptsTheDeclaredTypeItself(String served) {
        assertThat(ServedContentType.agrees(PNG, served)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"image/jpeg,image/jpg", "image/jpeg,image/pjpeg", "audio/mpeg,audio/mp3", "audio/mpeg,audio/mpeg3",
            "audio/mpeg,audio/x-mpeg", "audio/wav,audio/x-wav", "audio/wav,audio/wave", "audio/wav,audio/vnd.wave",
            "text/csv,text/x-csv", "text/csv,application/csv", "text/csv,text/plain"})
    void acceptsAnotherNameOfTheDeclaredType(String declared, String served) {
        assertThat(ServedContentType.agrees(new MimeType(declared), served)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "text/html; charset=utf-8", "application/json", "application/xml",
            "image/svg+xml", "image/jpeg", "application/pdf", "text/plain", "application/x-msdownload"})
    void refusesASpecificTypeThatIsNotTheDeclaredOne(String served) {
        assertThat(ServedContentType.agrees(PNG, served)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a type", "image/", "*/*", "png"})
    void refusesAHeaderThatIsNoMediaType(String served) {
        assertThat(ServedContentType.agrees(PNG, served)).isFalse();
    }
}
