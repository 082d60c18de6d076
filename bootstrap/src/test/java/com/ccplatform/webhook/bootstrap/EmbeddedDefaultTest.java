package com.ccplatform.webhook.bootstrap;

import com.ccplatform.webhook.adapter.amqp.TestBroker;
import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick start, as a new user runs it: no infrastructure variables, the service starts on its embedded default,
 * the curl it prints is accepted, and the event is in outboundQueue of the embedded broker.
 */
class EmbeddedDefaultTest {

    private static final Pattern SIGNATURE = Pattern.compile("-H 'X-Hub-Signature-256: (sha256=[0-9a-f]{64})'");
    private static final Pattern BODY = Pattern.compile("--data-binary '(\\{.*})'");
    private static final Pattern GENESYS_ID = Pattern.compile("\"id\":\"(demo-[0-9a-f-]+)\"");

    @TempDir
    Path workDir;
    private WebhookService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void printedCurlIsAcceptedAndTheEventIsInTheEmbeddedBroker() throws Exception {
        service = WebhookService.start(ServiceConfiguration.from(new Environment(Map.of("PORT", "0",
                "TENANTS_FILE", workDir.resolve("tenants.json").toString(),
                "MEDIA_DIRECTORY", workDir.resolve("media").toString()))));
        String banner = service.banner();

        assertThat(banner).contains("embedded AMQP 0-9-1 broker", "local directory", "tenants.json", "curl ");
        assertThat(banner.lines().skip(1).findFirst()).as("the line under 'listening on'").hasValue("WARNING: events"
                + " are kept in memory in this process and are lost when it stops (embedded broker); set ENVIRONMENT"
                + " and RABBITMQ_HOST for a real deployment.");
        assertThat(Files.exists(workDir.resolve("tenants.json"))).isTrue();
        String body = find(BODY, banner);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.port() + "/webhook"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", find(SIGNATURE, banner))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"status\":\"accepted\"}");
        String[] broker = service.embeddedBrokerAddress().orElseThrow().split(":");
        try (Connection connection = TestBroker.connect(broker[0], Integer.parseInt(broker[1]))) {
            List<GetResponse> queued = TestBroker.drain(connection, "outboundQueue");
            assertThat(queued).singleElement().satisfies(message -> {
                assertThat(message.getProps().getMessageId()).isEqualTo(find(GENESYS_ID, body));
                assertThat(TestBroker.body(message)).contains("\"tenantId\":\"demo-tenant\"",
                        "\"text\":\"Hello from the quick start\"", "\"to_id\":\"919876543210\"");
            });
        }
    }

    @Test
    void healthIsHealthyAndReadyOnTheEmbeddedDefault() throws Exception {
        service = WebhookService.start(ServiceConfiguration.from(new Environment(Map.of("PORT", "0",
                "TENANTS_FILE", workDir.resolve("tenants.json").toString(),
                "MEDIA_DIRECTORY", workDir.resolve("media").toString()))));
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + service.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> ready = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + service.port() + "/ready")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"healthy\"", "\"rabbitmq\":\"healthy\"");
        assertThat(ready.statusCode()).isEqualTo(200);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in%n%s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
