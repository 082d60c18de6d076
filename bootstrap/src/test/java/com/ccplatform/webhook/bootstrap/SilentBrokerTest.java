package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.amqp.FaultyAmqpProxy;
import com.ccplatform.webhook.adapter.amqp.TestBroker;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole service with its broker connection gone silent (a proxy that stops forwarding and keeps the sockets
 * open): a webhook the broker does not confirm is answered 503 with Retry-After, by the request's deadline and the
 * server's 1 s grace, and the next one is accepted once the broker answers again.
 */
class SilentBrokerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final Duration GRACE = Duration.ofSeconds(1);
    private static final Pattern SIGNATURE = Pattern.compile("-H 'X-Hub-Signature-256: (sha256=[0-9a-f]{64})'");
    private static final Pattern BODY = Pattern.compile("--data-binary '(\\{.*})'");

    @TempDir
    Path workDir;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aWebhookTheBrokerDoesNotConfirmIsAnswered503WithRetryAfterByTheDeadline() throws Exception {
        TestBroker broker = TestBroker.get();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String outbound = "silent-outbound-" + run;
        String status = "silent-status-" + run;
        try (FaultyAmqpProxy proxy = FaultyAmqpProxy.start(broker.host(), broker.port())) {
            WebhookService service = WebhookService.start(ServiceConfiguration.from(new Environment(Map.of(
                    "ENVIRONMENT", "development", "PORT", "0", "TENANTS_FILE", workDir.resolve("tenants.json").toString(),
                    "MEDIA_DIRECTORY", workDir.resolve("media").toString(), "RABBITMQ_HOST", "127.0.0.1", "RABBITMQ_PORT",
                    String.valueOf(proxy.port()), "OUTBOUND_QUEUE", outbound, "STATUS_QUEUE", status,
                    "REQUEST_TIMEOUT", String.valueOf(DEADLINE.toSeconds())))));
            try {
                proxy.stall();
                long started = System.nanoTime();
                HttpResponse<String> unconfirmed = sendDemoWebhook(service);
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(unconfirmed.statusCode()).isEqualTo(503);
                assertThat(unconfirmed.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(unconfirmed.body()).isEqualTo("{\"error\":\"Service temporarily unavailable\"}");
                assertThat(took).as("answered by the deadline and the grace").isLessThanOrEqualTo(DEADLINE.plus(GRACE));

                proxy.resume();
                assertThat(sendDemoWebhook(service).statusCode()).isEqualTo(200);
            } finally {
                service.stop();
            }
        } finally {
            try (Connection connection = broker.connect(); Channel channel = connection.createChannel()) {
                channel.queueDelete(outbound);
                channel.queueDelete(status);
            }
        }
    }

    /** What the banner's curl sends: a new message id on every call. */
    private HttpResponse<String> sendDemoWebhook(WebhookService service) throws Exception {
        String banner = service.banner();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/webhook"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", find(SIGNATURE, banner))
                .POST(HttpRequest.BodyPublishers.ofString(find(BODY, banner))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in%n%s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
