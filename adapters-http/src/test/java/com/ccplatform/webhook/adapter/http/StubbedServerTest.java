package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * One real server per test class with the use case stubbed; after every test a good webhook must still get its 200,
 * so no bad request can leave the server broken.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StubbedServerTest {

    static final ObjectMapper JSON = new ObjectMapper();

    final StubIngest ingest = new StubIngest();
    RunningServer running;

    HttpSettings settings() {
        return HttpSettings.defaults();
    }

    @BeforeAll
    void startServer() {
        running = new RunningServer(settings(), ingest);
    }

    @AfterAll
    void stopServer() {
        running.close();
    }

    @BeforeEach
    void resetStub() {
        ingest.reset();
    }

    @AfterEach
    void serverStillAnswersAGoodWebhook() throws Exception {
        ingest.reset();
        HttpResponse<String> response = running.postJson("/webhook", Webhooks.text("after-check"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"status\":\"accepted\"}"));
    }
}
