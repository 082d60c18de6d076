package com.ccplatform.webhook.systemtest.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.amqp.TestBroker;
import com.ccplatform.webhook.systemtest.faults.ChildService;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, ENVIRONMENT=development: any mix of real and embedded parts starts, each part chosen by its own
 * variables, and the banner says which environment it runs as.
 */
class DevelopmentStartTest {

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aRealBrokerWithEmbeddedTenantsMediaAndTokensStarts() throws Exception {
        TestBroker broker = TestBroker.get();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String outbound = "dev-outbound-" + run;
        String status = "dev-status-" + run;
        try (ChildService service = ConfiguredService.start(directory, Map.of("ENVIRONMENT", "development",
                "RABBITMQ_HOST", broker.host(), "RABBITMQ_PORT", String.valueOf(broker.port()),
                "OUTBOUND_QUEUE", outbound, "STATUS_QUEUE", status))) {
            HttpResponse<String> ready = ProductionStartTest.awaitReady(HttpClient.newHttpClient(), service.port());
            ConfiguredService.awaitLine(service, line -> line.startsWith("  media tokens "), Duration.ofSeconds(10));
            List<String> output = service.output();

            System.out.println("[configuration] ENVIRONMENT=development, only RABBITMQ_HOST: ready="
                    + ready.statusCode() + "; banner:\n" + String.join("\n", output));
            assertThat(ready.statusCode()).as("/ready: %s", ready.body()).isEqualTo(200);
            assertThat(output).contains("  environment  development")
                    .anyMatch(line -> line.startsWith("  broker       RabbitMQ at " + broker.host()))
                    .anyMatch(line -> line.startsWith("  tenants      file "))
                    .anyMatch(line -> line.startsWith("  media store  local directory "))
                    .noneMatch(line -> line.startsWith("WARNING"));
        } finally {
            try (Connection connection = broker.connect(); Channel channel = connection.createChannel()) {
                channel.queueDelete(outbound);
                channel.queueDelete(status);
            }
        }
    }
}
