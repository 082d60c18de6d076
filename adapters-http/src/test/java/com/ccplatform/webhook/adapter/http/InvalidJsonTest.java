package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad JSON is a 400 `Invalid JSON` that never reaches the use case, and never a 500. */
class InvalidJsonTest extends StubbedServerTest {

    static Stream<Arguments> badBodies() {
        String good = Webhooks.text("m");
        return Stream.of(
                named("truncated", utf8(good.substring(0, good.length() / 2))),
                named("empty body", new byte[0]),
                named("only whitespace", utf8("  \n ")),
                named("id as a number", utf8("{\"id\": 123}")),
                named("text as an object", utf8("{\"id\": \"m\", \"text\": {\"a\": 1}}")),
                named("text as an array", utf8("{\"id\": \"m\", \"text\": [\"a\"]}")),
                named("direction as a boolean", utf8("{\"direction\": true}")),
                named("channel as a string", utf8("{\"id\": \"m\", \"channel\": \"abc\"}")),
                named("channel as a number", utf8("{\"id\": \"m\", \"channel\": 5}")),
                named("channel as an empty string", utf8("{\"id\": \"m\", \"channel\": \"\"}")),
                named("channel.from as a string", utf8("{\"channel\": {\"from\": \"x\"}}")),
                named("content as an object", utf8("{\"content\": {\"contentType\": \"Attachment\"}}")),
                named("isFinalReceipt as a string", utf8("{\"isFinalReceipt\": \"true\"}")),
                named("isFinalReceipt as a number", utf8("{\"isFinalReceipt\": 1}")),
                named("typing duration as a string",
                        utf8("{\"events\": [{\"eventType\": \"Typing\", \"typing\": {\"duration\": \"5000\"}}]}")),
                named("contentSizeBytes as a fraction",
                        utf8("{\"content\": [{\"attachment\": {\"contentSizeBytes\": 1.5}}]}")),
                named("1 MB of nesting", utf8("{\"x\": " + "[".repeat(1_000_000) + "]".repeat(1_000_000) + "}")),
                named("65 levels of objects", utf8("{\"a\":".repeat(65) + "1" + "}".repeat(65))),
                named("10,000-digit number", utf8("{\"id\": \"m\", \"n\": " + "9".repeat(10_000) + "}")),
                named("duplicate keys", utf8("{\"id\": \"a\", \"id\": \"b\"}")),
                named("duplicate keys nested", utf8("{\"channel\": {\"id\": \"a\", \"id\": \"b\"}}")),
                named("not UTF-8", new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                named("UTF-16", "{\"id\": \"m\"}".getBytes(StandardCharsets.UTF_16LE)),
                named("UTF-16 with its byte order mark", "{\"id\": \"m\"}".getBytes(StandardCharsets.UTF_16)),
                named("UTF-32BE", "{\"id\": \"m\"}".getBytes(java.nio.charset.Charset.forName("UTF-32BE"))),
                named("UTF-8 byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        utf8("{\"id\": \"m\"}"))),
                named("zero byte first", concat(new byte[] {0}, utf8("{\"id\": \"m\"}"))),
                named("overlong UTF-8 for '/'", new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC0, (byte) 0xAF,
                        '"', '}'}),
                named("UTF-8 encoded surrogate", new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xED,
                        (byte) 0xA0, (byte) 0x80, '"', '}'}),
                named("truncated UTF-8 sequence at the end", new byte[] {'{', '"', 'i', 'd', '"', ':', '"',
                        (byte) 0xE2, (byte) 0x82}),
                named("Latin-1 text", "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)),
                named("top-level array", utf8("[{\"id\": \"m\"}]")),
                named("top-level string", utf8("\"hello\"")),
                named("top-level number", utf8("42")),
                named("top-level null", utf8("null")),
                named("trailing garbage", utf8("{\"id\": \"m\"} x")),
                named("two objects", utf8("{\"id\": \"m\"}{\"id\": \"n\"}")),
                named("single quotes", utf8("{'id': 'm'}")),
                named("comment", utf8("{\"id\": \"m\" /* c */}")),
                named("NaN", utf8("{\"n\": NaN}")),
                named("unescaped control character", utf8("{\"id\": \"a\u0001b\"}")));
    }

    private static Arguments named(String name, byte[] body) {
        return Arguments.of(name, body);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void refusesWith400InvalidJson(String name, byte[] body) throws Exception {
        HttpResponse<String> response = running.postJson("/webhook", body);

        assertThat(response.statusCode()).as(name).isEqualTo(400);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"error\":\"Invalid JSON\"}"));
        assertThat(ingest.commands()).isEmpty();
    }
}
