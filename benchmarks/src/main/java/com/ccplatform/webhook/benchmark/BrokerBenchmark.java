package com.ccplatform.webhook.benchmark;

import com.rabbitmq.client.ConnectionFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The broker's own ceiling for the same messages in the same run: a bare publisher of persistent messages with
 * confirms, the same body size and the same concurrency as the service phases, at max and at the fixed rate.
 */
public final class BrokerBenchmark {

    private static final Duration LONGEST_WARMUP = Duration.ofSeconds(5);

    private final BenchmarkOptions options;
    private final ConnectionFactory rabbit;
    private final String runId;
    private final long brokerPid = ProcessCpu.brokerPid().orElse(0);

    public BrokerBenchmark(BenchmarkOptions options, ConnectionFactory rabbit, String runId) {
        this.options = options;
        this.rabbit = rabbit;
        this.runId = runId;
    }

    public BrokerFigures run(int bodyBytes) throws Exception {
        byte[] body = new byte[bodyBytes];
        Arrays.fill(body, (byte) 'x');
        List<String> queues = options.brokerQueues() == 1 ? List.of(runId + "-broker-only")
                : List.of(runId + "-broker-only-outbound", runId + "-broker-only-status");
        AtomicLong sequence = new AtomicLong();
        try (BareConfirmPublisher publisher = new BareConfirmPublisher(rabbit, queues, options.brokerChannels())) {
            Supplier<Sender> senders = () -> new PublishSender(publisher, body, queues.size(), sequence);
            Duration warmupTime = options.warmup().compareTo(LONGEST_WARMUP) < 0 ? options.warmup() : LONGEST_WARMUP;
            Progress.say("broker-only: warm-up %d s, %d-byte bodies", warmupTime.toSeconds(), bodyBytes);
            PhaseResult warmup = LoadDriver.closedLoop("broker-warmup", options.connections(), warmupTime,
                    options.maxRequests(), senders);
            Progress.say("broker-only: max rate for %d s, %d in flight", options.duration().toSeconds(),
                    options.connections());
            PhaseResult max = CpuShare.measure(0, brokerPid, () -> LoadDriver.closedLoop("broker-max",
                    options.connections(), options.duration(), options.maxRequests(), senders));
            Progress.say("broker-only: %d msg/s for %d s", options.rate(), options.rateDuration().toSeconds());
            PhaseResult fixed = CpuShare.measure(0, brokerPid, () -> LoadDriver.openLoop("broker-fixed",
                    options.openConnections(), options.rate(), options.rateDuration(), senders));
            return new BrokerFigures(warmup, max, fixed, bodyBytes);
        }
    }

    /**
     * One worker publishing through the shared publisher. With two queues, of every 19 messages 14 go to the first
     * and 5 to the second: the service's outbound/status mix (WebhookTraffic's 14 texts and 5 receipts of every 20;
     * the echo is not published).
     */
    private static final class PublishSender implements Sender {
        private final BareConfirmPublisher publisher;
        private final byte[] body;
        private final int queues;
        private final AtomicLong sequence;

        PublishSender(BareConfirmPublisher publisher, byte[] body, int queues, AtomicLong sequence) {
            this.publisher = publisher;
            this.body = body;
            this.queues = queues;
            this.sequence = sequence;
        }

        @Override
        public void sendOne() throws Exception {
            int queue = queues == 1 || sequence.getAndIncrement() % 19 < 14 ? 0 : 1;
            publisher.publish(queue, body, WebhookTraffic.uuid());
        }

        @Override
        public void close() {
            // the publisher is shared and closed by the benchmark
        }
    }
}
