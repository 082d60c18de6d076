package com.ccplatform.webhook.benchmark;

import com.rabbitmq.client.ConnectionFactory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The end-to-end benchmark of issue 8: the service jar against the broker's own ceiling in the same run, then the
 * JMH figure for the domain path; prints a table and writes `benchmark-summary.json`. See benchmarks/README.md.
 */
public final class LoadBenchmark {

    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (BenchmarkOptions.wantsHelp(args)) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        Instant started = Instant.now();
        String runId = "bench-" + RUN_TIME.format(started) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        ConnectionFactory rabbit = rabbit(options);
        String loadAtStart = Summary.loadAverage();
        Progress.say("service JVM %s, %s", options.serviceJava(), options.aotOff() ? "no AOT cache"
                : "AOT cache " + options.aot());

        ServiceFigures service = !options.service() ? null
                : new ServiceBenchmark(options, rabbit, runId, AotTrainingRun.optionsFor(options)).run();
        int bodyBytes = service == null || service.meanPublishedBytes() == 0 ? 420
                : (int) service.meanPublishedBytes();
        PhaseResult floor = options.floor() ? new FloorBenchmark(options, rabbit, runId).run() : null;
        BrokerFigures broker = new BrokerBenchmark(options, rabbit, runId).run(bodyBytes);
        Map<String, Double> micros = new TreeMap<>();
        if (options.jmh()) {
            Progress.say("JMH: domain path, 1 fork, 5 s warm-up, 5 s measured per event kind");
            JmhRun.domainPathMicros().forEach((kind, value) -> micros.put(kind + " (JMH, wall clock)", value));
            DomainPathCpu.micros().forEach((kind, value) -> micros.put(kind + " (thread CPU clock)", value));
        }
        Summary summary = new Summary(runId, started, options, service, broker, floor, micros, loadAtStart,
                Summary.loadAverage());
        SummaryReport.print(summary, System.out);
        var json = options.outputDir().resolve("benchmark-summary.json");
        SummaryReport.writeJson(summary, json);
        System.out.println("summary: " + json.toAbsolutePath());
        System.exit(0);
    }

    private static ConnectionFactory rabbit(BenchmarkOptions options) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(options.rabbitHost());
        factory.setPort(options.rabbitPort());
        factory.setUsername(options.rabbitUser());
        factory.setPassword(options.rabbitPassword());
        factory.setAutomaticRecoveryEnabled(false);
        return factory;
    }
}
