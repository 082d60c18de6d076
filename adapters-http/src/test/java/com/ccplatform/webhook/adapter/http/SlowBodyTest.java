package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A body that does not all arrive within the request deadline is answered 408 and the connection closed, instead of
 * holding a worker until the connector's idle timeout: a Content-Length larger than what is sent, or a trickle.
 */
class SlowBodyTest extends StubbedServerTest {

    static final Duration DEADLINE = Duration.ofSeconds(1);

    @Override
    HttpSettings settings() {
        return new HttpSettings(0, HttpSettings.DEFAULT_MAX_REQUEST_BYTES, DEADLINE, false, 0, TrustedProxies.none());
    }

    @Test
    void answers408WhenTheDeclaredLengthNeverArrives() throws Exception {
        byte[] json = Webhooks.bytes(Webhooks.text("longer"));
        long start = System.nanoTime();

        RawHttp.Answer answer = RawHttp.exchange(running.port(), head(json.length + 100), out -> out.write(json));

        assertTimedOut(answer, start);
    }

    @Test
    void answers408WhenTheBodyTricklesPastTheDeadline() throws Exception {
        byte[] json = Webhooks.bytes(Webhooks.text("trickle"));
        long start = System.nanoTime();

        RawHttp.Answer answer = RawHttp.exchange(running.port(), head(json.length), out -> {
            for (byte b : json) {
                out.write(b);
                out.flush();
                sleep(100);
            }
        });

        assertTimedOut(answer, start);
    }

    private void assertTimedOut(RawHttp.Answer answer, long startNanos) throws Exception {
        // generous: the bound is about two deadlines (one read blocked up to the idle timeout after the deadline)
        assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).isLessThan(DEADLINE.multipliedBy(8));
        assertThat(answer.status()).isEqualTo(408);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree("{\"error\":\"Request timeout\"}"));
        assertThat(answer.hasHeader("Connection", "close")).isTrue();
        assertThat(ingest.commands()).isEmpty();
    }

    private static String head(long contentLength) {
        return "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + contentLength + "\r\n\r\n";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
