package com.ccplatform.webhook.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntegrationIdShapeTest {

    private final IntegrationIdShape shape = new IntegrationIdShape();

    @ParameterizedTest
    @ValueSource(strings = {"0b6a1d3e-2f47-4a8b-9c5d-1e2f3a4b5c6d", "0B6A1D3E-2F47-4A8B-9C5D-1E2F3A4B5C6D",
            "integration-id-5678", "919876543210", "support@acme.example", "intégration_ütf-文字", "a.b..c", "...",
            "x", "+447700900123"})
    void letsRealWorldIdsThrough(String id) {
        assertThat(shape.isPlausible(new IntegrationId(id))).as(id).isTrue();
    }

    @Test
    void letsAnIdOfExactlyTheMaximumLengthThrough() {
        assertThat(shape.isPlausible("a".repeat(IntegrationIdShape.MAX_LENGTH))).isTrue();
    }

    @Test
    void refusesAnIdOneCharacterTooLongAndANineKilobyteOne() {
        assertThat(shape.isPlausible("a".repeat(IntegrationIdShape.MAX_LENGTH + 1))).isFalse();
        assertThat(shape.isPlausible(new IntegrationId("a".repeat(9 * 1024)))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/../b", "spaces/AAAA", "/", "%2F", "a%2e%2e", "100%", "what?", "a?b=c", "frag#1",
            "back\\slash"})
    void refusesPathQueryFragmentAndPercentCharacters(String id) {
        assertThat(shape.isPlausible(new IntegrationId(id))).as(id).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void refusesDotSegments(String id) {
        assertThat(shape.isPlausible(new IntegrationId(id))).as(id).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "tab\there", "new\nline", "carriage\rreturn", "no\u00a0break",
            "ideographic\u3000space", "line\u2028separator", " leading", "trailing "})
    void refusesWhitespaceOfAnyKind(String id) {
        assertThat(shape.isPlausible(id)).as(id).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "bell\u0007", "escape\u001b[31m", "delete\u007f", "c1\u0085",
            "bidi\u202eevil", "zero\u200bwidth", "lone\ud800surrogate", "reversed\udc00\ud800pair"})
    void refusesControlFormatAndBrokenSurrogateCharacters(String id) {
        assertThat(shape.isPlausible(id)).as(id).isFalse();
    }

    @Test
    void refusesEmptyAndMissingIds() {
        assertThat(shape.isPlausible("")).isFalse();
        assertThat(shape.isPlausible((String) null)).isFalse();
    }

    @Test
    void letsAnIdWithAnAstralCharacterThrough() {
        assertThat(shape.isPlausible("tenant-\ud83d\ude00")).isTrue();
    }
}
