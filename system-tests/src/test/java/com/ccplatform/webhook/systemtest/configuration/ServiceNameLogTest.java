package com.ccplatform.webhook.systemtest.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.systemtest.faults.ChildService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: every JSON log line of the real process names the service, `SERVICE_NAME` or its default. */
class ServiceNameLogTest {

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void everyLogLineCarriesServiceName() throws Exception {
        List<String> lines = jsonLinesOf(Map.of("SERVICE_NAME", "webhooks-eu-west-1"));

        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).contains("\"service\":\"webhooks-eu-west-1\""));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void withoutServiceNameEveryLogLineNamesGenesysWebhookService() throws Exception {
        List<String> lines = jsonLinesOf(Map.of());

        assertThat(lines).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("\"service\":\"genesys-webhook-service\""));
    }

    /** The JSON lines the quick start logs up to and including `service_started`. */
    private List<String> jsonLinesOf(Map<String, String> env) throws Exception {
        try (ChildService service = ConfiguredService.start(directory, env)) {
            ConfiguredService.awaitLine(service, line -> line.contains("\"message\":\"service_started\""),
                    Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no service_started line in\n"
                    + String.join("\n", service.output())));
            List<String> json = service.output().stream().filter(line -> line.startsWith("{")).toList();
            System.out.println("[configuration] log lines with " + env + ":\n" + String.join("\n", json));
            return json;
        }
    }
}
