package com.ccplatform.webhook.systemtest.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.systemtest.faults.ChildService;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, ENVIRONMENT unset: the embedded quick start only when no infrastructure variable is set at all, and then
 * with one unmissable banner line saying events live in memory; some set and others not is a lost variable, refused
 * naming the missing ones. An ENVIRONMENT value the service does not know is refused too.
 */
class UnsetEnvironmentStartTest {

    static final String IN_MEMORY_WARNING = "WARNING: events are kept in memory in this process and are lost when it"
            + " stops (embedded broker); set ENVIRONMENT and RABBITMQ_HOST for a real deployment.";

    @TempDir
    Path directory;

    @Test
    void someInfrastructureSetAndSomeNotIsRefusedNamingEveryMissingVariable() throws Exception {
        ChildService.Exit exit = ConfiguredService.runToExit(directory, Map.of("RABBITMQ_HOST", "127.0.0.1",
                "RABBITMQ_PORT", "9"));

        ProductionStartTest.print("ENVIRONMENT unset, only RABBITMQ_HOST", exit);
        assertThat(exit.code()).isEqualTo(2);
        String why = " is required when RABBITMQ_HOST is set and ENVIRONMENT is not"
                + " (set ENVIRONMENT=development to run the parts left unset embedded)";
        assertThat(ConfiguredService.refusals(exit)).containsExactly("MINIO_ENDPOINT" + why,
                "MINIO_ACCESS_KEY" + why, "MINIO_SECRET_KEY" + why, "TENANT_SERVICE_URL" + why,
                "TENANT_SERVICE_TOKEN" + why, "AUTH_SERVICE_URL" + why);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void nothingSetIsTheQuickStartAndItsBannerSaysEventsAreKeptInMemory() throws Exception {
        try (ChildService service = ConfiguredService.start(directory, Map.of())) {
            HttpResponse<String> ready = ProductionStartTest.awaitReady(HttpClient.newHttpClient(), service.port());
            ConfiguredService.awaitLine(service, line -> line.startsWith("  broker "), Duration.ofSeconds(10));
            List<String> output = service.output();

            System.out.println("[configuration] ENVIRONMENT unset, nothing set: ready=" + ready.statusCode()
                    + "; banner:\n" + String.join("\n", output));
            int listening = indexOf(output, "genesys-webhook-service listening on http://127.0.0.1:");
            assertThat(output.get(listening + 1)).as("the line right under 'listening on'").isEqualTo(IN_MEMORY_WARNING);
            assertThat(output).anyMatch(line -> line.startsWith("  broker       embedded AMQP 0-9-1 broker at"));
            assertThat(ready.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anEnvironmentItDoesNotKnowIsRefusedInOneLine() throws Exception {
        ChildService.Exit exit = ConfiguredService.runToExit(directory, Map.of("ENVIRONMENT", "staging"));

        ProductionStartTest.print("ENVIRONMENT=staging", exit);
        assertThat(exit.code()).isEqualTo(2);
        assertThat(ConfiguredService.refusals(exit)).containsExactly(
                "ENVIRONMENT must be production or development (or unset for the embedded quick start), got 'staging'");
    }

    private static int indexOf(List<String> output, String prefix) {
        for (int i = 0; i < output.size(); i++) {
            if (output.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting '" + prefix + "' in\n" + String.join("\n", output));
    }
}
