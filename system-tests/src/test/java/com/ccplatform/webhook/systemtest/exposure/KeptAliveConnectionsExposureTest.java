package com.ccplatform.webhook.systemtest.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.amqp.TestBroker;
import com.ccplatform.webhook.systemtest.faults.ChildService;
import com.ccplatform.webhook.systemtest.faults.SignedWebhook;
import com.ccplatform.webhook.systemtest.faults.TenantsFile;
import com.ccplatform.webhook.systemtest.faults.WebhookClient;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 5 (found by the overload benchmark): a thousand keep-alive connections, as a burst of retries or an
 * overload leaves behind, must not cost the heap. Jetty gave each connection that sent a second request a header
 * cache of ~85 KB; 1,024 of them killed the 96 MiB production process. Each connection here sends two requests and
 * stays open; the process lives and a valid webhook is still answered 200.
 */
class KeptAliveConnectionsExposureTest {

    private static final int CONNECTIONS = 1000;

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aThousandKeptAliveConnectionsLeaveTheProcessAliveAndAWebhookIsStillAccepted() throws Exception {
        TenantsFile.write(directory);
        TestBroker broker = TestBroker.get();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = new HashMap<>(ProductionJvm.environment());
        env.put("ENVIRONMENT", "development");
        env.put("PORT", "0");
        env.put("TENANTS_FILE", directory.resolve("tenants.json").toString());
        env.put("MEDIA_DIRECTORY", directory.resolve("media").toString());
        env.put("RABBITMQ_HOST", broker.host());
        env.put("RABBITMQ_PORT", String.valueOf(broker.port()));
        env.put("OUTBOUND_QUEUE", "exposure-keepalive-outbound-" + run);
        env.put("STATUS_QUEUE", "exposure-keepalive-status-" + run);
        env.put("LOG_LEVEL", "WARN");
        Path gcLog = directory.resolve("gc.log");
        try (ChildService service = ChildService.start(env, directory, ProductionJvm.options(gcLog));
             RawConnections connections = new RawConnections(service.port());
             WebhookClient client = new WebhookClient(service.port())) {
            int answered = connections.openKeptAlive(CONNECTIONS, 2, "/live");
            WebhookClient.Answer webhook = client.send(SignedWebhook.text("keepalive-" + run,
                    TenantsFile.INTEGRATION, TenantsFile.SECRET));
            ProcessMemory memory = ProcessMemory.of(service.process().pid(), gcLog);

            System.out.println("[exposure] kept-alive connections=" + CONNECTIONS + " all-answered=" + answered
                    + " webhook=" + webhook.status() + " alive=" + service.process().isAlive() + " " + memory);
            assertThat(service.process().isAlive()).as("process alive; output:%n%s", tail(service)).isTrue();
            assertThat(answered).isEqualTo(CONNECTIONS);
            assertThat(webhook.status()).isEqualTo(200);
            broker.deleteQueues("exposure-keepalive-outbound-" + run, "exposure-keepalive-status-" + run);
        }
    }

    private static String tail(ChildService service) {
        List<String> output = service.output();
        return String.join("\n", output.subList(Math.max(0, output.size() - 20), output.size()));
    }
}
