package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.IngestOutcome.Reason;
import com.ccplatform.webhook.application.port.in.Trace;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every use-case outcome over real HTTP: the status code and exact JSON body of FRD 5.1.3 and 7.1. */
class OutcomeMappingTest extends StubbedServerTest {

    static Stream<Arguments> outcomes() {
        Trace trace = Trace.empty();
        return Stream.of(
                Arguments.of(new IngestOutcome.Accepted(trace, false), 200, "{\"status\":\"accepted\"}"),
                Arguments.of(new IngestOutcome.Accepted(trace, true), 200, "{\"status\":\"accepted\"}"),
                Arguments.of(new IngestOutcome.EchoFiltered(trace), 200,
                        "{\"status\":\"accepted\",\"echo_filtered\":true}"),
                Arguments.of(new IngestOutcome.HealthCheckAcknowledged(trace), 200, "{\"status\":\"healthy\"}"),
                Arguments.of(new IngestOutcome.Ignored(trace, "direction is Inbound"), 200,
                        "{\"status\":\"accepted\"}"),
                Arguments.of(rejected(Reason.MISSING_INTEGRATION_ID), 400, "{\"error\":\"Missing integration ID\"}"),
                Arguments.of(rejected(Reason.UNKNOWN_INTEGRATION), 400, "{\"error\":\"Unknown integration\"}"),
                Arguments.of(rejected(Reason.INVALID_SIGNATURE), 403, "{\"error\":\"Invalid signature\"}"),
                Arguments.of(rejected(Reason.TENANT_INACTIVE), 403, "{\"error\":\"Tenant inactive\"}"),
                Arguments.of(rejected(Reason.INVALID_EVENT), 400, "{\"error\":\"Invalid event\"}"),
                Arguments.of(new IngestOutcome.Unavailable(trace, "tenant-service"), 503,
                        "{\"error\":\"Service temporarily unavailable\"}"),
                Arguments.of(new IngestOutcome.TimedOut(trace), 504, "{\"error\":\"Processing timeout\"}"));
    }

    private static IngestOutcome rejected(Reason reason) {
        return new IngestOutcome.Rejected(Trace.empty(), reason, "detail");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("outcomes")
    void answersEachOutcomeWithItsStatusAndBody(IngestOutcome outcome, int status, String body) throws Exception {
        ingest.answer(outcome);

        HttpResponse<String> response = running.postJson("/webhook", Webhooks.text("m"));

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(body));
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    @Test
    void asksGenesysToRetryLaterWhenADependencyIsUnavailable() throws Exception {
        ingest.answer(new IngestOutcome.Unavailable(Trace.empty(), "rabbitmq"));

        HttpResponse<String> response = running.postJson("/webhook", Webhooks.text("m"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
    }

    @Test
    void answers500WithoutDetailsWhenTheUseCaseThrows() throws Exception {
        ingest.answerWith(command -> {
            throw new IllegalStateException("internal detail that must stay inside");
        });

        HttpResponse<String> response = running.postJson("/webhook", Webhooks.text("m"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"error\":\"Processing failed\"}"));
        assertThat(response.body()).doesNotContain("internal detail", "Exception", "at com.");
    }

    @Test
    void answers500WhenTheUseCaseThrowsAnError() throws Exception {
        ingest.answerWith(command -> {
            throw new StackOverflowError("deep");
        });

        HttpResponse<String> response = running.postJson("/webhook", Webhooks.text("m"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"error\":\"Processing failed\"}"));
    }
}
