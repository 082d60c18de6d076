package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Parses a webhook body strictly: UTF-8 only, one JSON object and nothing after it, no duplicate keys, no type
 * coercion (a number is not a string, `channel` must be an object), and tight limits on nesting and number length so
 * a hostile body costs little. Unknown fields are ignored, as Genesys adds fields over time.
 */
final class StrictWebhookJson {

    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_NUMBER_LENGTH = 100;

    private final ObjectMapper mapper;

    StrictWebhookJson(long maxBodyBytes) {
        int maxChars = (int) Math.min(maxBodyBytes, Integer.MAX_VALUE);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(maxChars)
                        .maxDocumentLength(maxBodyBytes)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        refuseScalarCoercion(LogicalType.Textual);
        refuseScalarCoercion(LogicalType.Integer);
        refuseScalarCoercion(LogicalType.Boolean);
    }

    private void refuseScalarCoercion(LogicalType target) {
        mapper.coercionConfigFor(target)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    /** The webhook in {@code body}, or {@link InvalidJson} for anything that is not one strict JSON object. */
    GenesysWebhook parse(byte[] body) throws InvalidJson {
        requireStrictUtf8(body);
        WebhookDto dto;
        try {
            // Jackson reads the bytes as UTF-8: it guesses another encoding only from a byte order mark or from zero
            // bytes among the first four, and requireStrictUtf8 refused both.
            dto = mapper.readValue(body, WebhookDto.class);
        } catch (IOException | RuntimeException e) {
            throw new InvalidJson(e.getClass().getSimpleName());
        }
        if (dto == null) {
            throw new InvalidJson("top level is null");
        }
        return dto.toDomain();
    }

    /**
     * Refuses anything but well-formed UTF-8 (no overlong forms, no surrogates), a byte order mark (JSON has none;
     * Jackson would skip it) and a zero byte among the first four (never JSON; Jackson would take it for UTF-16/32).
     */
    static void requireStrictUtf8(byte[] body) throws InvalidJson {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            throw new InvalidJson("byte order mark");
        }
        for (int i = 0; i < Math.min(4, body.length); i++) {
            if (body[i] == 0) {
                throw new InvalidJson("zero byte");
            }
        }
        for (byte b : body) {
            if (b < 0) {
                requireDecodable(body);
                return;
            }
        }
        // all ASCII, which is UTF-8
    }

    /** Decodes through a small window, so checking a 10 MiB body does not cost a 20 MiB char array. */
    private static void requireDecodable(byte[] body) throws InvalidJson {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer window = CharBuffer.allocate(8 * 1024);
        CoderResult result;
        do {
            window.clear();
            result = decoder.decode(in, window, true);
            if (result.isError()) {
                throw new InvalidJson("not UTF-8");
            }
        } while (result.isOverflow());
        window.clear();
        if (decoder.flush(window).isError()) {
            throw new InvalidJson("not UTF-8");
        }
    }

    /** The body is not a webhook object; the message names the kind of failure only, never the body's content. */
    static final class InvalidJson extends Exception {
        InvalidJson(String why) {
            super(why, null, false, false);
        }
    }
}
