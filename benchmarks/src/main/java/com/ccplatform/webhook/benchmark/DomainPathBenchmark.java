package com.ccplatform.webhook.benchmark;

import com.ccplatform.webhook.adapter.amqp.EventJson;
import com.ccplatform.webhook.domain.event.EchoPolicy;
import com.ccplatform.webhook.domain.event.EventClassifier;
import com.ccplatform.webhook.domain.event.IntegrationIdLocator;
import com.ccplatform.webhook.domain.event.OutboundMessage;
import com.ccplatform.webhook.domain.event.StatusEvent;
import com.ccplatform.webhook.domain.event.WebhookEvent;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import com.ccplatform.webhook.domain.publish.StatusUpdate;
import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU one webhook costs on the service's own path, without I/O: the UTF-8 check and Jackson binding of the raw
 * body as the HTTP adapter does them, integration lookup, HMAC-SHA256 verification, classification, the echo check,
 * and writing the FRD 4.2 message body with the AMQP adapter's own {@link EventJson}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DomainPathBenchmark {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static final TenantId TENANT = new TenantId("5d1f8a7e-2b3c-4d5e-8f90-a1b2c3d4e5f6");
    private static final IntegrationId INTEGRATION = new IntegrationId("0b6a1d3e-2f47-4a8b-9c5d-1e2f3a4b5c6d");

    @Param({"text", "receipt"})
    public String kind;

    private final SignatureVerifier verifier = new SignatureVerifier();
    private final EventClassifier classifier = new EventClassifier();
    private final EchoPolicy echoPolicy = new EchoPolicy(EchoPolicy.DEFAULT_PREFIXES);
    private final IntegrationIdLocator locator = new IntegrationIdLocator();
    private byte[] body;
    private String signature;
    private List<WebhookSecret> secrets;

    @Setup
    public void makeRequest() {
        BenchTenant tenant = BenchTenant.random(1).get(0);
        WebhookTraffic traffic = new WebhookTraffic(List.of(tenant));
        SignedWebhook webhook = traffic.next();
        while (!webhook.kind().name().equalsIgnoreCase(kind)) {
            webhook = traffic.next();
        }
        body = webhook.body();
        signature = webhook.signatureHeader();
        secrets = List.of(tenant.secret());
    }

    @Benchmark
    public byte[] ingest() throws Exception {
        requireUtf8(body);
        var webhook = MAPPER.readValue(body, WireWebhook.class).toDomain();
        if (locator.candidates(webhook).isEmpty() || !verifier.isAuthentic(body, signature, secrets)) {
            throw new IllegalStateException("the benchmark request must pass");
        }
        WebhookEvent event = classifier.classify(webhook, Instant.now());
        if (event instanceof OutboundMessage message) {
            return echoPolicy.isEcho(message) ? null : EventJson.toBytes(new AgentMessage(TENANT, INTEGRATION,
                    message.id(), message.time(), message.text(), message.to(), List.of(), Optional.empty(),
                    message.conversationId()));
        }
        StatusEvent status = (StatusEvent) event;
        return EventJson.toBytes(new StatusUpdate(TENANT, INTEGRATION, status.id(), status.originalMessageId(),
                status.status(), status.time(), status.isFinalReceipt(), status.reasons(), status.conversationId()));
    }

    /** As the HTTP adapter's StrictWebhookJson: an ASCII scan, and the strict decoder only for other bytes. */
    private static void requireUtf8(byte[] body) throws CharacterCodingException {
        for (byte b : body) {
            if (b < 0) {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
                return;
            }
        }
    }
}
