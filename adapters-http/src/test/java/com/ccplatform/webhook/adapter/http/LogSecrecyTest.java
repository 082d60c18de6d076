package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.ccplatform.webhook.application.port.out.ObjectIds;
import com.ccplatform.webhook.application.service.IngestPorts;
import com.ccplatform.webhook.application.service.IngestSettings;
import com.ccplatform.webhook.application.service.IngestWebhookService;
import com.ccplatform.webhook.application.testkit.InMemoryAccessTokens;
import com.ccplatform.webhook.application.testkit.InMemoryEventPublisher;
import com.ccplatform.webhook.application.testkit.InMemoryMediaSource;
import com.ccplatform.webhook.application.testkit.InMemoryMediaStore;
import com.ccplatform.webhook.application.testkit.InMemoryTenantDirectory;
import com.ccplatform.webhook.domain.event.EchoPolicy;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.media.MediaPolicy;
import com.ccplatform.webhook.domain.publish.Destination;
import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.Tenant;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.ccplatform.webhook.domain.tenant.TenantStatus;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/**
 * FRD 8.3.2: with the real use case behind the real server, signed, forged, failing and media-carrying webhooks leave
 * log lines with the FRD 6.4.1 fields, and no secret, signature, token or attachment URL in any of them.
 */
class LogSecrecyTest {

    static final WebhookSecret SECRET = new WebhookSecret("s3cr3t-webhook-key-0123456789");
    static final String TOKEN = "dlTokEn-5f1e2d3c4b5a";
    static final String MEDIA_URL = "https://api.mypurecloud.ie/api/v2/downloads/abc123?token=" + TOKEN;
    static final String BROKEN_URL = "https://api.mypurecloud.ie/api/v2/downloads/broken?token=" + TOKEN;

    final InMemoryTenantDirectory tenants = new InMemoryTenantDirectory();
    final InMemoryEventPublisher publisher = new InMemoryEventPublisher();
    final InMemoryMediaSource media = new InMemoryMediaSource();
    final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    RunningServer running;

    @BeforeEach
    void start() {
        tenants.add(new Tenant(new TenantId("tenant-a"), new IntegrationId(Webhooks.INTEGRATION), List.of(SECRET),
                TenantStatus.ACTIVE));
        media.serve(MEDIA_URL, new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");
        media.failWith(BROKEN_URL, MediaFailure.DOWNLOAD_FAILED);
        running = startServer();
        captured.start();
        root().addAppender(captured);
    }

    @AfterEach
    void stop() {
        root().detachAppender(captured);
        running.close();
    }

    @Test
    void logsWhatHappenedWithoutAnySecret() throws Exception {
        String signedAttachment = Webhooks.attachment("msg-media", MEDIA_URL);
        assertThat(post(signedAttachment, sign(signedAttachment)).statusCode()).isEqualTo(200);
        String brokenMedia = Webhooks.attachment("msg-broken", BROKEN_URL);
        assertThat(post(brokenMedia, sign(brokenMedia)).statusCode()).isEqualTo(200);
        String forged = Webhooks.attachment("msg-forged", MEDIA_URL);
        String wrongSignature = new SignatureVerifier().sign(Webhooks.bytes(forged), new WebhookSecret("x".repeat(20)));
        assertThat(post(forged, wrongSignature).statusCode()).isEqualTo(403);
        publisher.failNextAttempts(2);
        String unpublished = Webhooks.text("msg-unpublished");
        assertThat(post(unpublished, sign(unpublished)).statusCode()).isEqualTo(503);
        assertThat(post("{\"token\": \"" + TOKEN + "\", \"url\": \"" + MEDIA_URL, "sha256=00").statusCode())
                .isEqualTo(400);

        List<String> forbidden = List.of(SECRET.value(), sign(signedAttachment).substring(7),
                wrongSignature.substring(7), TOKEN, MEDIA_URL, "api/v2/downloads", "Bearer", "token-for-",
                "memory://", "X-Amz");
        for (ILoggingEvent event : captured.list) {
            for (String text : textsOf(event)) {
                for (String secret : forbidden) {
                    assertThat(text).as("log line %s", event.getMessage()).doesNotContain(secret);
                }
            }
        }
        assertThat(lines("webhook_processed")).hasSize(5);
        assertThat(keyValues(lines("webhook_processed").get(0))).containsEntry("tenant_id", "tenant-a")
                .containsEntry("genesys_id", "msg-media").containsEntry("integration_id", Webhooks.INTEGRATION)
                .containsEntry("event_type", "outbound_message").containsEntry("has_media", true)
                .containsEntry("echo_filtered", false).containsEntry("status", "accepted")
                .containsEntry("http_status", 200).containsKey("processing_time_ms");
        assertThat(lines("signature_rejected")).hasSize(1);
        assertThat(lines("media_processed")).hasSize(2);
        assertThat(keyValues(lines("rabbitmq_publish_abandoned").get(0))).containsEntry("severity", "critical");
        assertThat(lines("rabbitmq_publish_abandoned").get(0).getLevel().toString()).isEqualTo("ERROR");
    }

    private HttpResponse<String> post(String body, String signature) throws Exception {
        return running.send(HttpRequest.newBuilder(running.uri("/webhook")).header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", signature).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String sign(String body) {
        return new SignatureVerifier().sign(Webhooks.bytes(body), SECRET);
    }

    private List<ILoggingEvent> lines(String message) {
        return captured.list.stream().filter(e -> message.equals(e.getMessage())).toList();
    }

    private static Map<String, Object> keyValues(ILoggingEvent event) {
        Map<String, Object> values = new HashMap<>();
        if (event.getKeyValuePairs() != null) {
            event.getKeyValuePairs().forEach(pair -> values.put(pair.key, pair.value));
        }
        return values;
    }

    /** Everything of an event that reaches a log file: message, arguments, key-values, exception messages. */
    private static List<String> textsOf(ILoggingEvent event) {
        List<String> texts = new ArrayList<>();
        texts.add(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            for (Object argument : event.getArgumentArray()) {
                texts.add(String.valueOf(argument));
            }
        }
        if (event.getKeyValuePairs() != null) {
            for (KeyValuePair pair : event.getKeyValuePairs()) {
                texts.add(pair.key + "=" + pair.value);
            }
        }
        for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            texts.add(String.valueOf(thrown.getMessage()));
        }
        return texts;
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private RunningServer startServer() {
        MicrometerWebhookTelemetry telemetry = new MicrometerWebhookTelemetry(new SimpleMeterRegistry(),
                Map.of(Destination.OUTBOUND, "outboundQueue", Destination.STATUS, "statusQueue"));
        IngestWebhookService service = new IngestWebhookService(new IngestPorts(tenants, new InMemoryAccessTokens(),
                media, new InMemoryMediaStore(), new MediaPolicy(1024 * 1024), publisher, telemetry,
                ObjectIds.random(), Clock.systemUTC()),
                new EchoPolicy(EchoPolicy.DEFAULT_PREFIXES), IngestSettings.defaults());
        return new RunningServer(HttpSettings.defaults(), service);
    }
}
