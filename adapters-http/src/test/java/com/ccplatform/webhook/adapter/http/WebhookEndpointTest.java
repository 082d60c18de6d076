package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.in.IngestWebhookCommand;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `POST /webhook` over real HTTP with the use case stubbed: what reaches the use case, 404/405, content types. */
class WebhookEndpointTest extends StubbedServerTest {

    @Test
    void handsTheUseCaseExactlyTheBytesSentAndTheirParse() throws Exception {
        byte[] sent = Webhooks.bytes("  " + Webhooks.text("msg-1").replace(": ", ":\t") + "\n");
        HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/webhook"))
                .header("Content-Type", "application/json").header("x-hub-signature-256", "sha256=abc123")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sent)).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        IngestWebhookCommand command = ingest.lastCommand();
        assertThat(command.rawBody()).isEqualTo(sent);
        assertThat(command.signatureHeader()).isEqualTo("sha256=abc123");
        GenesysWebhook webhook = command.webhook();
        assertThat(webhook.id()).isEqualTo("msg-1");
        assertThat(webhook.channel().id()).isEqualTo(Webhooks.INTEGRATION);
        assertThat(webhook.channel().to().id()).isEqualTo("447700900123");
        assertThat(webhook.text()).isEqualTo("Hello \u00e9t\u00e9 \ud83d\ude00");
        assertThat(webhook.direction()).isEqualTo("Outbound");
        assertThat(command.deadline().remaining()).isPositive()
                .isLessThanOrEqualTo(HttpSettings.DEFAULT_REQUEST_DEADLINE);
    }

    @Test
    void readsTheSignatureHeaderWhateverItsCase() throws Exception {
        running.send(HttpRequest.newBuilder(running.uri("/webhook")).header("Content-Type", "application/json")
                .header("X-HUB-Signature-256", "sha256=UPPER").POST(body(Webhooks.text("msg-2"))).build());

        assertThat(ingest.lastCommand().signatureHeader()).isEqualTo("sha256=UPPER");
    }

    @Test
    void passesNoSignatureWhenTheHeaderIsAbsent() throws Exception {
        running.postJson("/webhook", Webhooks.text("msg-3"));

        assertThat(ingest.lastCommand().signatureHeader()).isNull();
    }

    @Test
    void readsRealGenesysTypingEventsAndAttachments() throws Exception {
        running.postJson("/webhook", Webhooks.typingEvent());
        GenesysWebhook.ChannelEvent typing = ingest.lastCommand().webhook().events().get(0);
        assertThat(typing).isEqualTo(new GenesysWebhook.ChannelEvent("Typing", "On", 5000L, null));

        running.postJson("/webhook", Webhooks.attachment("msg-4", "https://api.mypurecloud.ie/d/1?token=t"));
        GenesysWebhook.WireAttachment attachment = ingest.lastCommand().webhook().content().get(0).attachment();
        assertThat(attachment.url()).isEqualTo("https://api.mypurecloud.ie/d/1?token=t");
        assertThat(attachment.mime()).isEqualTo("image/png");
        assertThat(attachment.contentSizeBytes()).isEqualTo(4L);
    }

    @Test
    void dropsNullEntriesOfListsRatherThanFailing() throws Exception {
        HttpResponse<String> response = running.postJson("/webhook",
                "{\"id\":\"m\",\"content\":[null],\"events\":[null],\"reasons\":[null]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ingest.lastCommand().webhook().content()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "Application/JSON", "application/json; charset=utf-8",
        "APPLICATION/JSON;charset=UTF-8"})
    void acceptsJsonInAnyCaseWithParameters(String contentType) throws Exception {
        HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/webhook"))
                .header("Content-Type", contentType).POST(body(Webhooks.text("msg-5"))).build());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
        "application/jsonx", "application/json-patch+json"})
    void refusesOtherContentTypesWith415(String contentType) throws Exception {
        HttpResponse<String> response = running.send(HttpRequest.newBuilder(running.uri("/webhook"))
                .header("Content-Type", contentType).POST(body(Webhooks.text("msg-6"))).build());

        assertError(response, 415, "Unsupported media type");
        assertThat(ingest.commands()).isEmpty();
    }

    @Test
    void refusesAMissingContentTypeWith415() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(running.port(), "POST /webhook HTTP/1.1\r\nHost: x\r\n"
                + "Content-Length: 2\r\n\r\n", out -> out.write("{}".getBytes(StandardCharsets.US_ASCII)));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree("{\"error\":\"Unsupported media type\"}"));
    }

    @Test
    void answersUnknownRoutesWith404Json() throws Exception {
        assertError(running.get("/nope"), 404, "Not found");
        assertError(running.postJson("/webhooks", "{}"), 404, "Not found");
    }

    @Test
    void answersAWrongMethodWith405Json() throws Exception {
        assertError(running.get("/webhook"), 405, "Method not allowed");
        assertError(running.postJson("/health", "{}"), 405, "Method not allowed");
    }

    static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    static void assertError(HttpResponse<String> response, int status, String message) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode expected = JSON.createObjectNode().put("error", message);
        assertThat(JSON.readTree(response.body())).isEqualTo(expected);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

}
