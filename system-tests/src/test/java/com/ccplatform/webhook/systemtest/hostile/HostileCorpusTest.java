package com.ccplatform.webhook.systemtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request in `hostile/corpus.json` against the whole service: each gets its documented answer (never a 5xx),
 * publishes exactly what it should, and a good signed webhook is accepted right after it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(15);
    private static final Tally TALLY = new Tally("corpus");
    private static final List<String> GOOD_SIGNATURES = new ArrayList<>();
    private static JsonNode answers;
    private static HostileService service;
    private static CapturedLogs logs;

    @BeforeAll
    static void start() throws Exception {
        logs = CapturedLogs.start();
        service = HostileService.start();
        answers = manifest().get("answers");
    }

    @AfterAll
    static void stop() throws Exception {
        System.out.println(TALLY.line());
        if (service != null) {
            service.close();
        }
        logs.stop();
    }

    static Stream<CorpusCase> corpus() throws IOException {
        List<CorpusCase> cases = new ArrayList<>();
        manifest().get("cases").forEach(c -> cases.add(new CorpusCase(c.get("name").asText(), c)));
        return cases.stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersAsDocumentedAndKeepsServing(CorpusCase hostile) throws Exception {
        RawClient.Answer answer = service.send(hostile.request());
        TALLY.count(answer.status());

        JsonNode expected = answers.get(hostile.expect());
        assertThat(expected).as("answer %s is in the manifest", hostile.expect()).isNotNull();
        assertThat(answer.elapsed()).as("answered within a bound").isLessThan(ANSWER_BOUND);
        assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(expected.get("status").asInt());
        if (!expected.get("body").isNull()) {
            assertThat(JSON.readTree(answer.body())).isEqualTo(expected.get("body"));
        }
        assertThat(service.takePublished()).as("published").hasSize(hostile.published());
        goodWebhookIsStillAccepted("after-" + Math.abs(hostile.name().hashCode()));
    }

    @Order(2)
    @Test
    void neverAnswered5xxAndTriedEveryKindOfRefusal() {
        assertThat(TALLY.tried()).isGreaterThanOrEqualTo(100);
        for (int status : List.of(500, 502, 503, 504, -1)) {
            assertThat(TALLY.of(status)).as("answers %d", status).isZero();
        }
        for (int status : List.of(400, 403, 408, 413, 415, 431)) {
            assertThat(TALLY.of(status)).as("answers %d", status).isPositive();
        }
    }

    @Order(3)
    @Test
    void logsHoldNoSecretTokenSignatureOrUrl() {
        List<String> forbidden = new ArrayList<>(Secrets.all());
        forbidden.addAll(GOOD_SIGNATURES);
        forbidden.add(Generators.FOREIGN_MEDIA_URL);
        forbidden.add("corpus-media");

        logs.assertNoneContains(forbidden);
    }

    private static void goodWebhookIsStillAccepted(String id) throws Exception {
        String body = Webhooks.text(HostilePlatform.A, id);
        String signature = Webhooks.sign(body, HostilePlatform.A);
        GOOD_SIGNATURES.add(signature.substring("sha256=".length()));
        RawClient.Answer answer = service.send(RawRequest.json(Webhooks.utf8(body), signature));

        assertThat(answer.status()).as("a good webhook after the case").isEqualTo(200);
        List<GetResponse> published = service.takePublished();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).getProps().getMessageId()).isEqualTo(id);
    }

    private static JsonNode manifest() throws IOException {
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/hostile/corpus.json")) {
            return JSON.readTree(in);
        }
    }
}
