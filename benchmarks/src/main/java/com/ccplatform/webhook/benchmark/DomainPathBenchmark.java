package com.ccplatform.webhook.benchmark;

import com.ccplatform.webhook.domain.event.EchoPolicy;
import com.ccplatform.webhook.domain.event.EventClassifier;
import com.ccplatform.webhook.domain.event.IntegrationIdLocator;
import com.ccplatform.webhook.domain.event.OutboundMessage;
import com.ccplatform.webhook.domain.event.StatusEvent;
import com.ccplatform.webhook.domain.event.WebhookEvent;
import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
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
 * The CPU one webhook costs on the service's own path, without I/O: strict UTF-8 decode and Jackson binding of the
 * raw body, integration lookup, HMAC-SHA256 verification, classification, the echo check, and writing the FRD 4.2
 * message body with Jackson.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DomainPathBenchmark {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

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
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        var webhook = MAPPER.readValue(text, WireWebhook.class).toDomain();
        if (locator.candidates(webhook).isEmpty() || !verifier.isAuthentic(body, signature, secrets)) {
            throw new IllegalStateException("the benchmark request must pass");
        }
        WebhookEvent event = classifier.classify(webhook, Instant.now());
        if (event instanceof OutboundMessage message) {
            return echoPolicy.isEcho(message) ? null : MAPPER.writeValueAsBytes(outbound(message));
        }
        return MAPPER.writeValueAsBytes(status((StatusEvent) event));
    }

    private static ObjectNode outbound(OutboundMessage message) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("tenantId", "5d1f8a7e-2b3c-4d5e-8f90-a1b2c3d4e5f6");
        json.put("genesysId", message.id().value());
        json.put("type", "message");
        json.put("timestamp", message.time().iso());
        ObjectNode payload = json.putObject("payload");
        payload.put("text", message.text());
        payload.put("to_id", message.to().id());
        payload.put("to_id_type", message.to().idType());
        payload.putNull("media");
        json.put("integrationId", "0b6a1d3e-2f47-4a8b-9c5d-1e2f3a4b5c6d");
        json.put("conversationId", message.conversationId());
        return json;
    }

    private static ObjectNode status(StatusEvent event) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("tenantId", "5d1f8a7e-2b3c-4d5e-8f90-a1b2c3d4e5f6");
        json.put("genesysId", event.id().value());
        json.put("originalMessageId", event.originalMessageId());
        json.put("status", event.status().wireName());
        json.put("timestamp", event.time().iso());
        json.put("integrationId", "0b6a1d3e-2f47-4a8b-9c5d-1e2f3a4b5c6d");
        return json;
    }
}
