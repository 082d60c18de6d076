package com.ccplatform.webhook.systemtest.hostile;

import com.ccplatform.webhook.bootstrap.Environment;
import com.ccplatform.webhook.bootstrap.ServiceConfiguration;
import com.ccplatform.webhook.adapter.amqp.TestBroker;
import com.ccplatform.webhook.bootstrap.WebhookService;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole service as deployed, wired by {@link WebhookService} exactly as `Main` does, in front of the real broker
 * ({@link TestBroker}), the {@link HostilePlatform} stubs and a {@link Trap}; each suite gets its own queues.
 */
final class HostileService implements AutoCloseable {

    final HostilePlatform platform;
    final Trap trap;
    final String outboundQueue;
    final String statusQueue;
    private final WebhookService service;
    private final Connection broker;
    private final RawClient client;

    private HostileService(HostilePlatform platform, Trap trap, String run, WebhookService service,
                           Connection broker) {
        this.platform = platform;
        this.trap = trap;
        this.outboundQueue = "hostile-outbound-" + run;
        this.statusQueue = "hostile-status-" + run;
        this.service = service;
        this.broker = broker;
        this.client = new RawClient(service.port(), Duration.ofSeconds(20));
    }

    static HostileService start() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        HostilePlatform platform = new HostilePlatform();
        Trap trap = new Trap();
        TestBroker testBroker = TestBroker.get();
        Path media = Files.createTempDirectory("hostile-media-");
        Map<String, String> env = new HashMap<>();
        env.put("ENVIRONMENT", "development"); // media on the local directory, everything else real
        env.put("PORT", "0");
        env.put("RABBITMQ_HOST", testBroker.host());
        env.put("RABBITMQ_PORT", String.valueOf(testBroker.port()));
        env.put("OUTBOUND_QUEUE", "hostile-outbound-" + run);
        env.put("STATUS_QUEUE", "hostile-status-" + run);
        env.put("TENANT_SERVICE_URL", platform.baseUrl());
        env.put("TENANT_SERVICE_TOKEN", HostilePlatform.SERVICE_TOKEN);
        env.put("AUTH_SERVICE_URL", platform.baseUrl());
        env.put("MEDIA_ALLOWED_HOSTS", platform.baseUrl());
        env.put("MEDIA_DIRECTORY", media.toString());
        WebhookService service = WebhookService.start(ServiceConfiguration.from(new Environment(env)));
        return new HostileService(platform, trap, run, service, testBroker.connect());
    }

    int port() {
        return service.port();
    }

    RawClient.Answer send(RawRequest request) throws IOException {
        return client.send(request);
    }

    /** Takes everything published so far off both queues. */
    List<GetResponse> takePublished() throws IOException {
        List<GetResponse> all = new ArrayList<>(TestBroker.drain(broker, outboundQueue));
        all.addAll(TestBroker.drain(broker, statusQueue));
        return all;
    }

    @Override
    public void close() throws Exception {
        service.stop();
        try (Channel channel = broker.createChannel()) {
            channel.queueDelete(outboundQueue);
            channel.queueDelete(statusQueue);
        } finally {
            broker.close();
            platform.close();
            trap.close();
        }
    }
}
