package com.ccplatform.webhook.benchmark;

import com.ccplatform.webhook.benchmark.LoadDriver.RejectedRequest;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Drives {@link HttpFloorServer} with the service's traffic, closed-loop at the same concurrency, and measures its
 * throughput and CPU per request: how far from the broker's ceiling a Javalin service on this machine starts before
 * it does any of its own work.
 */
public final class FloorBenchmark {

    private static final Duration LONGEST_WARMUP = Duration.ofSeconds(15);

    private final BenchmarkOptions options;
    private final ConnectionFactory rabbit;
    private final String runId;
    private final long brokerPid = ProcessCpu.brokerPid().orElse(0);

    public FloorBenchmark(BenchmarkOptions options, ConnectionFactory rabbit, String runId) {
        this.options = options;
        this.rabbit = rabbit;
        this.runId = runId;
    }

    /** The closed-loop phase at max rate, after a warm-up of at most 15 s. */
    public PhaseResult run() throws Exception {
        String outbound = runId + "-floor-outbound";
        String status = runId + "-floor-status";
        int port = ServiceProcess.freePort();
        Path classpath = Path.of(HttpFloorServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> args = List.of(Integer.toString(port), options.rabbitHost(), Integer.toString(options.rabbitPort()),
                options.rabbitUser(), options.rabbitPassword(), outbound, status,
                Integer.toString(options.brokerChannels()), options.floorMode());
        WebhookTraffic traffic = new WebhookTraffic(BenchTenant.random(options.tenants()));
        try (ServiceProcess floor = ServiceProcess.startMain(
                new ServiceProcess.Launcher(options.serviceJava(), List.of()), classpath, HttpFloorServer.class.getName(), args,
                options.serviceJvmOptions(), port, options.outputDir().resolve("floor-run"))) {
            floor.awaitReady(Duration.ofSeconds(60));
            Supplier<Sender> senders = () -> new FloorSender(floor.address(), traffic);
            Duration warmup = options.warmup().compareTo(LONGEST_WARMUP) < 0 ? options.warmup() : LONGEST_WARMUP;
            Progress.say("HTTP floor (Javalin + confirmed publish only, %s): warm-up %d s", options.floorMode(),
                    warmup.toSeconds());
            LoadDriver.closedLoop("floor-warmup", options.connections(), warmup, options.maxRequests(), senders);
            Progress.say("HTTP floor: max rate for %d s, %d connections", options.duration().toSeconds(),
                    options.connections());
            return CpuShare.measure(floor.pid(), brokerPid, () -> LoadDriver.closedLoop("floor-max",
                    options.connections(), options.duration(), options.maxRequests(), senders));
        } finally {
            deleteQueues(outbound, status);
        }
    }

    private void deleteQueues(String... queues) throws Exception {
        try (Connection connection = rabbit.newConnection("webhook-benchmark-floor-cleanup");
             Channel channel = connection.createChannel()) {
            for (String queue : queues) {
                channel.queueDelete(queue);
            }
        }
    }

    /** Posts the service's signed webhooks; anything but 200 is a failure. */
    private static final class FloorSender implements Sender {
        private final KeepAliveConnection connection;
        private final WebhookTraffic traffic;

        FloorSender(InetSocketAddress floor, WebhookTraffic traffic) {
            this.connection = new KeepAliveConnection(floor);
            this.traffic = traffic;
        }

        @Override
        public void sendOne() throws IOException, RejectedRequest {
            SignedWebhook webhook = traffic.next();
            HttpReply reply = connection.post("/webhook", "application/json",
                    new String[] {"X-Hub-Signature-256: " + webhook.signatureHeader()}, webhook.body());
            if (reply.status() != 200) {
                throw new RejectedRequest("HTTP " + reply.status());
            }
        }

        @Override
        public void close() {
            connection.close();
        }
    }
}
