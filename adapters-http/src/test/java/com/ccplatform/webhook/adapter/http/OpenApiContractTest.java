package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.IngestOutcome.Reason;
import com.ccplatform.webhook.application.port.in.Trace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.yaml against the real server: every answer it gives is declared for its operation with a matching
 * content type and body schema, every response the spec declares for `/webhook` is one the server really gives, and
 * real-shaped webhooks fit the request schema.
 */
class OpenApiContractTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static JsonNode spec;
    static SchemaCheck schemas;
    static List<Observation> observed;

    /** One request and what the server answered: status, Content-Type and body. */
    record Observation(String name, String method, String path, int status, String contentType, String body) {
        Observation(String name, String method, String path, HttpResponse<String> response) {
            this(name, method, path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        }
    }

    @BeforeAll
    static void loadSpec() throws Exception {
        try (InputStream yaml = OpenApiContractTest.class.getResourceAsStream("/openapi.yaml")) {
            spec = new YAMLMapper().readTree(yaml);
        }
        schemas = new SchemaCheck(spec);
        observed = observe();
    }

    @Test
    void declaresEveryAnswerTheServerGivesWithItsBodyShape() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Observation observation : observed) {
            checkAgainstSpec(observation, softly);
        }
        softly.assertAll();
    }

    @Test
    void declaresOnlyWebhookAnswersTheServerReallyGives() throws Exception {
        Set<String> declared = new TreeSet<>();
        spec.at("/paths/~1webhook/post/responses").fieldNames().forEachRemaining(declared::add);
        Set<String> given = new TreeSet<>();
        for (Observation observation : observed) {
            if (observation.path().equals("/webhook")) {
                given.add(Integer.toString(observation.status()));
            }
        }

        assertThat(given).isEqualTo(declared);
    }

    @Test
    void realShapedWebhooksFitTheRequestSchema() throws Exception {
        JsonNode schema = spec.at("/paths/~1webhook/post/requestBody/content/application~1json/schema");
        for (String body : List.of(Webhooks.text("m"), Webhooks.typingEvent(),
                Webhooks.attachment("m", "https://api.mypurecloud.com/d/1"), Webhooks.structured("m"))) {
            assertThat(schemas.problems(schema, JSON.readTree(body))).isEmpty();
        }
    }

    @Test
    void theSchemaCheckRefusesBodiesTheSpecDoesNotDescribe() throws Exception {
        JsonNode error = spec.at("/components/schemas/Error");

        assertThat(schemas.problems(error, JSON.readTree("{\"error\":\"Invalid JSON\"}"))).isEmpty();
        assertThat(schemas.problems(error, JSON.readTree("{\"error\":\"made up\"}"))).hasSize(1);
        assertThat(schemas.problems(error, JSON.readTree("{\"error\":\"Invalid JSON\",\"trace\":\"x\"}"))).hasSize(1);
        assertThat(schemas.problems(error, JSON.readTree("{}"))).hasSize(1);
    }

    private static void checkAgainstSpec(Observation observation, SoftAssertions softly) throws Exception {
        int status = observation.status();
        JsonNode declared = spec.path("paths").path(observation.path()).path(observation.method())
                .path("responses").path(Integer.toString(status));
        softly.assertThat(declared.isMissingNode()).as("%s: %s %s answered %d, which the spec does not declare",
                observation.name(), observation.method(), observation.path(), status).isFalse();
        if (declared.isMissingNode() || !declared.has("content")) {
            return;
        }
        String contentType = observation.contentType();
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode content = declared.get("content").get(mediaType);
        softly.assertThat(content).as("%s: content type %s not declared", observation.name(), contentType).isNotNull();
        if (content != null && mediaType.equals("application/json")) {
            List<String> problems = schemas.problems(content.get("schema"), JSON.readTree(observation.body()));
            softly.assertThat(problems).as("%s: body %s", observation.name(), observation.body()).isEmpty();
        }
    }

    private static List<Observation> observe() throws Exception {
        List<Observation> answers = new ArrayList<>();
        StubIngest ingest = new StubIngest();
        try (RunningServer running = new RunningServer(HttpSettings.defaults().withMaxRequestBytes(4096), ingest)) {
            observeOutcomes(running, ingest, answers);
            answers.add(post(running, "invalid json", "{", "application/json"));
            answers.add(post(running, "too large", "{\"p\":\"" + "x".repeat(5000) + "\"}", "application/json"));
            answers.add(post(running, "wrong content type", "{}", "text/plain"));
            answers.add(new Observation("health", "get", "/health", running.get("/health")));
            answers.add(new Observation("ready", "get", "/ready", running.get("/ready")));
            answers.add(new Observation("live", "get", "/live", running.get("/live")));
            answers.add(new Observation("metrics", "get", "/metrics", running.get("/metrics")));
            running.minio.set(false);
            answers.add(new Observation("health degraded, still ready", "get", "/health", running.get("/health")));
            answers.add(new Observation("ready without the media store", "get", "/ready", running.get("/ready")));
            running.rabbit.set(false);
            answers.add(new Observation("health degraded", "get", "/health", running.get("/health")));
            answers.add(new Observation("not ready", "get", "/ready", running.get("/ready")));
            answers.add(new Observation("live with every dependency down", "get", "/live", running.get("/live")));
        }
        HttpSettings quick = new HttpSettings(0, 4096, java.time.Duration.ofMillis(500), false, 0,
                TrustedProxies.none());
        try (RunningServer slow = new RunningServer(quick, ingest)) {
            // a Content-Length the body never reaches: no well-behaved client sends that, so a bare socket does
            RawHttp.Answer answer = RawHttp.exchange(slow.port(), "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n", out -> out.write('{'));
            answers.add(new Observation("body never completes", "post", "/webhook", answer.status(),
                    answer.header("Content-Type"), answer.body()));
        }
        try (RunningServer https = new RunningServer(HttpSettings.defaults().withEnforceHttps(true), ingest)) {
            answers.add(post(https, "https redirect", Webhooks.text("m"), "application/json"));
        }
        try (RunningServer limited = new RunningServer(HttpSettings.defaults().withRateLimitPerMinute(1), ingest)) {
            post(limited, "first", Webhooks.text("m"), "application/json");
            answers.add(post(limited, "rate limited", Webhooks.text("m"), "application/json"));
        }
        return answers;
    }

    private static void observeOutcomes(RunningServer running, StubIngest ingest, List<Observation> answers)
            throws Exception {
        Trace trace = Trace.empty();
        List<IngestOutcome> outcomes = List.of(new IngestOutcome.Accepted(trace, false),
                new IngestOutcome.EchoFiltered(trace), new IngestOutcome.HealthCheckAcknowledged(trace),
                new IngestOutcome.Ignored(trace, "inbound"), new IngestOutcome.Unavailable(trace, "rabbitmq"),
                new IngestOutcome.TimedOut(trace));
        for (IngestOutcome outcome : outcomes) {
            ingest.answer(outcome);
            answers.add(post(running, outcome.getClass().getSimpleName(), Webhooks.text("m"), "application/json"));
        }
        for (Reason reason : Reason.values()) {
            ingest.answer(new IngestOutcome.Rejected(trace, reason, "detail"));
            answers.add(post(running, reason.name(), Webhooks.text("m"), "application/json"));
        }
        ingest.answerWith(command -> {
            throw new IllegalStateException("fault");
        });
        answers.add(post(running, "fault", Webhooks.text("m"), "application/json"));
        ingest.reset();
    }

    private static Observation post(RunningServer running, String name, String body, String contentType)
            throws Exception {
        HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/webhook"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return new Observation(name, "post", "/webhook", response);
    }
}
