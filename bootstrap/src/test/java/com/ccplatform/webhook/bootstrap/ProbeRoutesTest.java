package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: the Deployment's probes ask the running service for routes it serves, on the port it listens on. */
class ProbeRoutesTest {

    private static final List<String> PROBES = List.of("livenessProbe", "readinessProbe", "startupProbe");

    private final Manifests manifests = Manifests.load();
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
    void everyProbePathAnswers200FromTheRunningService() throws Exception {
        service = WebhookService.start(ServiceConfiguration.from(new Environment(Map.of("PORT", "0",
                "TENANTS_FILE", workDir.resolve("tenants.json").toString(),
                "MEDIA_DIRECTORY", workDir.resolve("media").toString()))));
        List<String> paths = probePaths();
        HttpClient client = HttpClient.newHttpClient();

        assertThat(paths).as("the Deployment's HTTP probes").contains("/live", "/ready");
        for (String path : paths) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + service.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("GET %s", path).isEqualTo(200);
        }
    }

    @Test
    void everyProbeKnocksOnThePortTheServiceListensOn() {
        String port = manifests.configMap().getOrDefault("PORT", "8000");

        for (String probe : PROBES) {
            JsonNode target = manifests.container().path(probe).path("httpGet").path("port");
            if (!target.isMissingNode()) {
                assertThat(containerPort(target)).as("%s port", probe).isEqualTo(port);
            }
        }
    }

    private List<String> probePaths() {
        List<String> paths = new ArrayList<>();
        for (String probe : PROBES) {
            JsonNode path = manifests.container().path(probe).path("httpGet").path("path");
            if (!path.isMissingNode()) {
                paths.add(path.asText());
            }
        }
        return paths;
    }

    /** The number a probe's port stands for: itself, or the containerPort of that name. */
    private String containerPort(JsonNode port) {
        if (port.isNumber()) {
            return port.asText();
        }
        for (JsonNode declared : manifests.container().path("ports")) {
            if (declared.path("name").asText().equals(port.asText())) {
                return declared.path("containerPort").asText();
            }
        }
        throw new AssertionError("no containerPort named " + port.asText());
    }
}
