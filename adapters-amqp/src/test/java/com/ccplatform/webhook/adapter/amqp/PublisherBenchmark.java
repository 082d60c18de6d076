package com.ccplatform.webhook.adapter.amqp;

import static com.ccplatform.webhook.application.testkit.EventPublisherContract.agentMessage;

import com.ccplatform.webhook.application.port.Deadline;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.MessageProperties;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Confirmed publishing rate of the adapter against a bare amqp-client publisher (each caller on its own channel,
 * publish then waitForConfirmsOrDie): same count, body size, persistence and concurrency. Run it with
 * {@code ./mvnw -q -pl adapters-amqp -am test-compile -Pbench -Dexec.args="20000 64 [host] [port] [channels]"}.
 */
public final class PublisherBenchmark {

    /** One caller's work: publish message {@code index} and return once it is confirmed. */
    private interface Publish {
        void run(int caller, int index) throws Exception;
    }

    private record Result(String name, int count, long nanos, long[] latencies) {
        double rate() {
            return count / (nanos / 1e9);
        }

        String summary() {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return String.format("%-8s %6d msgs in %6.2f s = %8.0f msg/s   confirm p50 %6.2f ms  p99 %6.2f ms", name,
                    count, nanos / 1e9, rate(), sorted[count / 2] / 1e6, sorted[(int) (count * 0.99)] / 1e6);
        }
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        String host = args.length > 2 ? args[2] : System.getenv().getOrDefault("RABBITMQ_HOST", "127.0.0.1");
        int port = args.length > 3 ? Integer.parseInt(args[3]) : Integer.parseInt(System.getenv().getOrDefault("RABBITMQ_PORT", "5672"));
        int channels = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AmqpSettings settings = AmqpSettings.defaults(host, port)
                .withQueues("bench-adapter-" + suffix, "bench-status-" + suffix)
                .withConnection("genesys-webhook-service@bench-" + suffix, channels);
        byte[] body = EventJson.toBytes(agentMessage("msg-bench-00000000"));
        System.out.printf("benchmark: %d persistent confirmed messages of %d bytes, %d callers, %s:%d, %d adapter channels%n",
                count, body.length, concurrency, host, port, channels);

        try (RabbitMqEventPublisher adapter = new RabbitMqEventPublisher(settings);
             Connection bare = bareConnection(host, port)) {
            String bareQueue = "bench-bare-" + suffix;
            Channel[] callerChannels = confirmChannels(bare, bareQueue, concurrency);
            Publish viaAdapter = (caller, i) -> adapter.publish(agentMessage(String.format("msg-bench-%08d", i)),
                    Deadline.in(Duration.ofSeconds(30)));
            Publish viaBare = (caller, i) -> {
                Channel channel = callerChannels[caller];
                channel.basicPublish("", bareQueue, true, bareProperties(i), body);
                channel.waitForConfirmsOrDie(30_000);
            };
            run("warm-up", Math.min(count, 5_000), concurrency, viaAdapter);
            run("warm-up", Math.min(count, 5_000), concurrency, viaBare);
            Result bareResult = run("bare", count, concurrency, viaBare);
            Result adapterResult = run("adapter", count, concurrency, viaAdapter);
            System.out.println(bareResult.summary());
            System.out.println(adapterResult.summary());
            System.out.printf("adapter / bare = %.1f %% (target >= 90 %%)%n", 100 * adapterResult.rate() / bareResult.rate());
            try (Channel cleanup = bare.createChannel()) {
                cleanup.queueDelete(bareQueue);
                cleanup.queueDelete(settings.outboundQueue());
                cleanup.queueDelete(settings.statusQueue());
            }
        }
    }

    private static Result run(String name, int count, int concurrency, Publish publish) throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(concurrency);
        Future<?>[] done = new Future<?>[concurrency];
        long started = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            int caller = c;
            done[c] = callers.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    publish.run(caller, i);
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            });
        }
        for (Future<?> caller : done) {
            caller.get();
        }
        long nanos = System.nanoTime() - started;
        callers.shutdown();
        return new Result(name, count, nanos, latencies);
    }

    private static AMQP.BasicProperties bareProperties(int i) {
        return MessageProperties.PERSISTENT_BASIC.builder().contentType("application/json")
                .messageId(String.format("msg-bench-%08d", i)).timestamp(new java.util.Date()).build();
    }

    private static Channel[] confirmChannels(Connection connection, String queue, int count) throws Exception {
        Channel[] channels = new Channel[count];
        for (int i = 0; i < count; i++) {
            channels[i] = connection.createChannel();
            channels[i].confirmSelect();
        }
        channels[0].queueDeclare(queue, true, false, false, null);
        return channels;
    }

    private static Connection bareConnection(String host, int port) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        return factory.newConnection("bench-bare-client");
    }
}
