package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** 413 on the bytes actually read: a declared length over the cap, a chunked body over it, and the exact cap. */
class OversizedBodyTest extends StubbedServerTest {

    static final int CAP = 64 * 1024;

    @Override
    HttpSettings settings() {
        return RunningServer.smallSettings(CAP);
    }

    @Test
    void refusesADeclaredLengthOverTheCapBeforeReadingIt() throws Exception {
        // Only the head is sent: a server that waited for the body would never answer.
        RawHttp.Answer answer = RawHttp.exchange(running.port(), head("Content-Length: " + (CAP + 1)), out -> {
        });

        assertTooLarge(answer);
    }

    @Test
    void refusesAHugeDeclaredLength() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(running.port(), head("Content-Length: 99999999999"), out -> {
        });

        assertTooLarge(answer);
    }

    @Test
    void refusesAChunkedBodyOverTheCap() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(running.port(), head("Transfer-Encoding: chunked"),
                out -> writeChunked(out, CAP + 4 * 1024));

        assertTooLarge(answer);
    }

    @Test
    void refusesABodyOverTheCapFromAnOrdinaryClient() throws Exception {
        String padded = paddedObject(CAP + 1);

        assertThat(running.postJson("/webhook", padded).statusCode()).isEqualTo(413);
    }

    @Test
    void anOrdinaryClientSendingManyTimesTheCapIsAnswered413EveryTime() throws Exception {
        // Closing a connection with unread bytes resets it, and a client still writing then reads no answer (seen
        // once in CI with the test above), so the server reads and drops what is arriving first (up to 1 MB).
        // Loopback rarely loses that race: this holds the behaviour, it does not reproduce the race.
        String padded = paddedObject(8 * CAP);

        for (int i = 0; i < 20; i++) {
            assertThat(running.postJson("/webhook", padded).statusCode()).isEqualTo(413);
        }
    }

    @Test
    void acceptsABodyOfExactlyTheCap() throws Exception {
        String padded = paddedObject(CAP);

        assertThat(running.postJson("/webhook", padded).statusCode()).isEqualTo(200);
        assertThat(ingest.lastCommand().rawBody()).hasSize(CAP);
    }

    @Test
    void acceptsAChunkedBodyUnderTheCap() throws Exception {
        byte[] json = Webhooks.bytes(Webhooks.text("chunked"));
        RawHttp.Answer answer = RawHttp.exchange(running.port(), head("Transfer-Encoding: chunked"), out -> {
            chunk(out, Arrays.copyOfRange(json, 0, 10));
            chunk(out, Arrays.copyOfRange(json, 10, json.length));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });

        assertThat(answer.status()).isEqualTo(200);
        assertThat(ingest.lastCommand().rawBody()).isEqualTo(json);
    }

    private static String head(String lengthHeader) {
        return "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + lengthHeader
                + "\r\n\r\n";
    }

    private void assertTooLarge(RawHttp.Answer answer) throws IOException {
        assertThat(answer.status()).isEqualTo(413);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree("{\"error\":\"Request too large\"}"));
        assertThat(ingest.commands()).isEmpty();
    }

    private static void writeChunked(OutputStream out, int total) throws IOException {
        byte[] piece = new byte[4096];
        Arrays.fill(piece, (byte) ' ');
        chunk(out, "{\"pad\":\"".getBytes(StandardCharsets.US_ASCII));
        for (int sent = 0; sent < total; sent += piece.length) {
            chunk(out, piece);
        }
        chunk(out, "\"}".getBytes(StandardCharsets.US_ASCII));
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A JSON object of exactly {@code size} bytes. */
    static String paddedObject(int size) {
        String prefix = "{\"id\":\"m\",\"pad\":\"";
        String suffix = "\"}";
        return prefix + "x".repeat(size - prefix.length() - suffix.length()) + suffix;
    }
}
