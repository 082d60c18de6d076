package com.ccplatform.webhook.benchmark;

import com.rabbitmq.client.ConnectionFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs the real service jar against the local RabbitMQ and a stub Tenant Service, drives it closed-loop at max and
 * open-loop at a fixed rate, samples its memory, stops it, and checks the queues hold exactly what it accepted.
 */
public final class ServiceBenchmark {

    private final BenchmarkOptions options;
    private final ConnectionFactory rabbit;
    private final String runId;
    private final long brokerPid = ProcessCpu.brokerPid().orElse(0);
    private final ServiceProcess.Launcher launcher;
    private final List<String> aotOptions;

    /** {@code aotOptions}: what starts the service on a trained AOT cache, or nothing. */
    public ServiceBenchmark(BenchmarkOptions options, ConnectionFactory rabbit, String runId, List<String> aotOptions) {
        this.options = options;
        this.rabbit = rabbit;
        this.runId = runId;
        this.launcher = new ServiceProcess.Launcher(options.serviceJava(), List.of());
        this.aotOptions = List.copyOf(aotOptions);
    }

    public ServiceFigures run() throws Exception {
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalStateException("no service jar at " + options.jar().toAbsolutePath()
                    + ": build it with ./mvnw -B -ntp -q -DskipTests package");
        }
        List<BenchTenant> tenants = BenchTenant.random(options.tenants());
        String token = UUID.randomUUID().toString();
        String outbound = runId + "-outbound";
        String status = runId + "-status";
        AcceptedLedger ledger = new AcceptedLedger();
        WebhookTraffic traffic = new WebhookTraffic(tenants);
        try (StubTenantService stub = StubTenantService.start(tenants, token)) {
            ServiceProcess service = ServiceProcess.start(launcher, options.jar(), jvmOptions(),
                    environment(stub.baseUrl(), token, outbound, status), ServiceProcess.freePort(),
                    options.outputDir().resolve("service-run"));
            Measured measured;
            try (service) {
                Duration toReady = service.awaitReady(Duration.ofSeconds(60));
                measured = drive(service, toReady, () -> new WebhookSender(service.address(), traffic, ledger));
            }
            ServiceFigures figures = settle(measured, ledger, outbound, status, stub.lookups());
            return options.pinCpus().isEmpty() ? figures
                    : figures.withPinned(pinned(stub.baseUrl(), token, new WebhookTraffic(tenants)));
        }
    }

    /**
     * Issue 15: a second fresh service pinned to {@code --pin-cpus} (as under a 1-CPU limit), driven closed-loop
     * from its first request through the warm-up and max-rate phases; its queues are checked like the first's.
     */
    private ServiceFigures.Pinned pinned(String tenantUrl, String token, WebhookTraffic traffic) throws Exception {
        String outbound = runId + "-pinned-outbound";
        String status = runId + "-pinned-status";
        AcceptedLedger ledger = new AcceptedLedger();
        awaitQuietBroker();
        ServiceProcess service = ServiceProcess.start(launcher.pinnedTo(options.pinCpus()), options.jar(),
                jvmOptions(), environment(tenantUrl, token, outbound, status), ServiceProcess.freePort(),
                options.outputDir().resolve("pinned-run"));
        FreshStart fresh;
        PhaseResult max;
        try (service) {
            Duration toReady = service.awaitReady(Duration.ofSeconds(120));
            Supplier<Sender> senders = () -> new WebhookSender(service.address(), traffic, ledger);
            Progress.say("pinned to CPU %s: ready in %d ms; warm-up %d s closed-loop", options.pinCpus(),
                    toReady.toMillis(), options.warmup().toSeconds());
            PhaseResult warmup = LoadDriver.closedLoop("pinned-warmup", options.connections(), options.warmup(),
                    options.maxRequests(), senders);
            Progress.say("pinned to CPU %s: max rate for %d s", options.pinCpus(), options.duration().toSeconds());
            max = CpuShare.measure(service.pid(), brokerPid, () -> LoadDriver.closedLoop("pinned-max",
                    options.connections(), options.duration(), options.maxRequests(), senders));
            fresh = FreshStart.of("pinned to CPU " + options.pinCpus(), toReady, warmup, max);
        }
        return new ServiceFigures.Pinned(fresh, max, drain(outbound, status).against(ledger));
    }

    /**
     * After the first run's queues (hundreds of thousands of messages) were drained and deleted, RabbitMQ keeps
     * working for a while; the pinned run starts once it uses under a fifth of a core (at most 60 s).
     */
    private void awaitQuietBroker() throws InterruptedException {
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < giveUp) {
            long before = ProcessCpu.nanos(brokerPid);
            Thread.sleep(1_000);
            long used = ProcessCpu.nanos(brokerPid) - before;
            if (used < 200_000_000L) {
                return;
            }
            Progress.say("waiting for RabbitMQ to settle (%.0f%% of a core)", used / 1e7);
        }
    }

    private record Measured(PhaseResult warmup, PhaseResult max, PhaseResult fixed, ServiceFigures.Overload overload,
                            ResourceSampler.Peaks fixedPeaks, ResourceSampler.Peaks runPeaks, long highWater,
                            String heapSource, FreshStart fresh) {
    }

    private Measured drive(ServiceProcess service, Duration toReady, Supplier<Sender> senders) throws Exception {
        try (ResourceSampler sampler = ResourceSampler.start(service.pid(), service.address())) {
            Progress.say("service: warm-up %d s closed-loop, %d connections", options.warmup().toSeconds(),
                    options.connections());
            long pid = service.pid();
            PhaseResult warmup = CpuShare.measure(pid, brokerPid, () -> LoadDriver.closedLoop("warmup",
                    options.connections(), options.warmup(), options.maxRequests(), senders));
            Progress.say("service: max rate for %d s", options.duration().toSeconds());
            PhaseResult max = CpuShare.measure(pid, brokerPid, () -> LoadDriver.closedLoop("service-max",
                    options.connections(), options.duration(), options.maxRequests(), senders));
            Progress.say("service: %d req/s for %d s, %d connections", options.rate(),
                    options.rateDuration().toSeconds(), options.openConnections());
            sampler.beginWindow();
            PhaseResult fixed = CpuShare.measure(pid, brokerPid, () -> LoadDriver.openLoop("service-fixed",
                    options.openConnections(), options.rate(), options.rateDuration(), senders));
            ResourceSampler.Peaks fixedPeaks = sampler.windowPeaks();
            ServiceFigures.Overload overload = overload(pid, sampler, max, senders);
            return new Measured(warmup, max, fixed, overload, fixedPeaks, sampler.runPeaks(),
                    sampler.highWaterMark(), sampler.heapSource(), FreshStart.of("as deployed", toReady, warmup, max));
        }
    }

    /**
     * Issue 12, item 5: open loop at twice the max rate just measured. Every request must be answered within the
     * deadline (200, or 503 with Retry-After), none lost, RSS under 256 MiB.
     */
    private ServiceFigures.Overload overload(long pid, ResourceSampler sampler, PhaseResult max,
                                             Supplier<Sender> senders) throws Exception {
        if (options.overloadDuration().isZero()) {
            return null;
        }
        int rate = (int) Math.max(1, Math.round(2 * max.perSecond()));
        Progress.say("service: overload at %d req/s (2x max) for %d s, %d connections", rate,
                options.overloadDuration().toSeconds(), options.overloadConnections());
        sampler.beginWindow();
        PhaseResult phase = CpuShare.measure(pid, brokerPid, () -> LoadDriver.openLoop("service-overload",
                options.overloadConnections(), rate, options.overloadDuration(), senders));
        return new ServiceFigures.Overload(rate, phase, sampler.windowPeaks());
    }

    private ServiceFigures settle(Measured measured, AcceptedLedger ledger, String outbound, String status,
                                  long lookups) throws Exception {
        DrainedQueues queues = drain(outbound, status);
        return new ServiceFigures(measured.warmup(), measured.max(), measured.fixed(), measured.overload(),
                queues.against(ledger), ledger.echoesFiltered(), queues.meanBodyBytes(), measured.fixedPeaks(),
                measured.runPeaks(), measured.highWater(), measured.heapSource(), lookups, measured.fresh(), null);
    }

    /** One run's two queues, emptied and deleted: what they held, to check against what was answered 200. */
    private record DrainedQueues(QueueDrain.Drained outbound, QueueDrain.Drained status) {

        Verification against(AcceptedLedger ledger) {
            return Verification.of(ledger.accepted(), ledger.failed(), outbound.messageIds(), status.messageIds());
        }

        long meanBodyBytes() {
            long messages = outbound.messageIds().size() + status.messageIds().size();
            return messages == 0 ? 0 : (outbound.bodyBytes() + status.bodyBytes()) / messages;
        }
    }

    private DrainedQueues drain(String outbound, String status) throws Exception {
        Progress.say("draining %s and %s", outbound, status);
        return new DrainedQueues(QueueDrain.drainAndDelete(rabbit, outbound, 5_000),
                QueueDrain.drainAndDelete(rabbit, status, 5_000));
    }

    private List<String> jvmOptions() {
        List<String> jvm = new ArrayList<>(options.serviceJvmOptions());
        jvm.addAll(aotOptions);
        if (options.jfr()) {
            Path recording = options.outputDir().resolve("service.jfr").toAbsolutePath();
            jvm.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
        }
        return jvm;
    }

    private Map<String, String> environment(String tenantUrl, String token, String outbound, String status) {
        Map<String, String> env = new HashMap<>();
        // a real broker and Tenant Service, the other parts embedded: development allows that mix
        env.put("ENVIRONMENT", "development");
        env.put("RABBITMQ_HOST", options.rabbitHost());
        env.put("RABBITMQ_PORT", Integer.toString(options.rabbitPort()));
        env.put("RABBITMQ_USERNAME", options.rabbitUser());
        env.put("RABBITMQ_PASSWORD", options.rabbitPassword());
        env.put("OUTBOUND_QUEUE", outbound);
        env.put("STATUS_QUEUE", status);
        env.put("TENANT_SERVICE_URL", tenantUrl);
        env.put("TENANT_SERVICE_TOKEN", token);
        env.putAll(options.serviceEnvironment());
        return env;
    }
}
