package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Once the service drains, `/ready` says 503 while webhooks in the meantime are still served and `/live` stays 200. */
class DrainingTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reportsNotReadyWhileDrainingButKeepsServingWebhooks() throws Exception {
        try (RunningServer running = new RunningServer(HttpSettings.defaults(), new StubIngest())) {
            running.health.startDraining();

            HttpResponse<String> ready = running.get("/ready");
            HttpResponse<String> webhook = running.postJson("/webhook", Webhooks.text("m"));

            assertThat(ready.statusCode()).isEqualTo(503);
            JsonNode body = JSON.readTree(ready.body());
            assertThat(body.get("status").asText()).isEqualTo("not ready");
            assertThat(body.get("reasons").get(0).asText()).isEqualTo("draining");
            assertThat(running.get("/health").statusCode()).isEqualTo(200);
            assertThat(running.get("/live").statusCode()).isEqualTo(200);
            assertThat(webhook.statusCode()).isEqualTo(200);
        }
    }
}
