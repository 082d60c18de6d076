package com.ccplatform.webhook.bootstrap;

import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The training run behind the image's AOT cache (JDK 25, JEPs 483, 514 and 515):
 * <pre>java -XX:AOTCacheOutput=app.aot -cp genesys-webhook-service.jar com.ccplatform.webhook.bootstrap.AotTraining</pre>
 * starts the service as development runs it, against a broker and a Tenant Service of its own in a child process
 * ({@link TrainingPeers}: nothing outside the build is needed, and none of their classes goes into the cache), sends
 * it the production mix of webhooks over loopback ({@link TrainingTraffic}) for the given seconds (30 by
 * default), stops it and exits. At exit the JVM writes into the cache the classes the run loaded and linked and the
 * method profiles it gathered; a service started with {@code -XX:AOTCache=app.aot} begins with those classes ready
 * and its JIT compiling the hot path from those profiles, instead of learning both under the first live traffic.
 * Exits 1, so the image build fails, when a shape is not answered as the service answers it in production.
 */
public final class AotTraining {

    private static final int IN_FLIGHT = 16;
    private static final Pattern PEERS_READY = Pattern.compile(TrainingPeers.READY + "amqp=(\\d+) tenants=(\\S+)");

    /** What each shape must be answered: the service's real answers, so a broken wiring fails the build. */
    private static final Map<String, Integer> EXPECTED = Map.ofEntries(Map.entry("text", 200),
            Map.entry("text-frd", 200), Map.entry("receipt", 200), Map.entry("receipt-failed", 200),
            Map.entry("echo", 200), Map.entry("typing", 200), Map.entry("quick-reply", 200),
            Map.entry("carousel", 200), Map.entry("attachment", 200), Map.entry("inbound", 200),
            Map.entry("forged", 403), Map.entry("unknown", 400), Map.entry("not-json", 400));

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        Duration length = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 30);
        Path workDirectory = Files.createTempDirectory("aot-training");
        int exitCode;
        try {
            exitCode = train(length, workDirectory);
        } finally {
            deleteTree(workDirectory);
        }
        System.exit(exitCode);
    }

    private static int train(Duration length, Path workDirectory) throws Exception {
        String integration = UUID.randomUUID().toString();
        WebhookSecret secret = new WebhookSecret(UUID.randomUUID() + "-" + UUID.randomUUID());
        String token = UUID.randomUUID().toString();
        try (Peers peers = Peers.start(integration, secret, token)) {
            // the service as development runs it against a real broker and Tenant Service: the production paths
            ServiceConfiguration config = ServiceConfiguration.from(new Environment(Map.of("ENVIRONMENT",
                    "development", "PORT", "0", "RABBITMQ_HOST", "127.0.0.1", "RABBITMQ_PORT",
                    Integer.toString(peers.amqpPort()), "TENANT_SERVICE_URL", peers.tenantsUrl(),
                    "TENANT_SERVICE_TOKEN", token, "MEDIA_DIRECTORY", workDirectory.resolve("media").toString())));
            JsonLogLayout.nameService(config.serviceName());
            WebhookService service = WebhookService.start(config);
            try {
                TrainingTraffic traffic = new TrainingTraffic(integration, secret);
                return report(drive(service.port(), traffic, length), length);
            } finally {
                service.stop();
            }
        }
    }

    /** {@link TrainingPeers} as a child process: started on this JVM's java and class path, ended with us. */
    private record Peers(Process process, int amqpPort, String tenantsUrl) implements AutoCloseable {

        static Peers start(String integration, WebhookSecret secret, String token) throws IOException {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), TrainingPeers.class.getName(), integration,
                    "training-tenant", secret.value(), token)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader lines = process.inputReader();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher ready = PEERS_READY.matcher(line);
                if (ready.find()) {
                    Thread drain = new Thread(() -> lines.lines().forEach(ignored -> { }), "training-peers-out");
                    drain.setDaemon(true);
                    drain.start();
                    return new Peers(process, Integer.parseInt(ready.group(1)), ready.group(2));
                }
            }
            process.destroyForcibly();
            throw new IOException("the training peers exited before they were ready (code " + process.exitValue()
                    + ")");
        }

        @Override
        public void close() throws IOException {
            process.getOutputStream().close();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Map<String, Map<Integer, Long>> drive(int port, TrainingTraffic traffic, Duration length)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI webhook = URI.create("http://127.0.0.1:" + port + "/webhook");
        Map<String, Map<Integer, LongAdder>> answers = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        long end = System.nanoTime() + length.toNanos();
        for (long sequence = 0; System.nanoTime() < end; sequence++) {
            inFlight.acquire();
            if (sequence % 1_000 == 0) {
                probes(client, port);
            }
            TrainingTraffic.Webhook next = traffic.next(sequence);
            HttpRequest request = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("X-Hub-Signature-256", next.signatureHeader())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(next.body())).build();
            CompletableFuture<HttpResponse<String>> sent = client.sendAsync(request,
                    HttpResponse.BodyHandlers.ofString());
            sent.whenComplete((response, failure) -> {
                int status = failure == null ? response.statusCode() : -1;
                answers.computeIfAbsent(next.shape(), s -> new ConcurrentHashMap<>())
                        .computeIfAbsent(status, s -> new LongAdder()).increment();
                inFlight.release();
            });
        }
        inFlight.acquire(IN_FLIGHT);
        Map<String, Map<Integer, Long>> counted = new TreeMap<>();
        answers.forEach((shape, byStatus) -> byStatus.forEach((status, count) ->
                counted.computeIfAbsent(shape, s -> new TreeMap<>()).put(status, count.sum())));
        return counted;
    }

    /** The operator's endpoints, now and then, so their classes are in the cache too. */
    private static void probes(HttpClient client, int port) {
        for (String path : new String[] {"/ready", "/live", "/health", "/metrics"}) {
            try {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new IllegalStateException("GET " + path + " failed in training: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static int report(Map<String, Map<Integer, Long>> answers, Duration length) {
        long total = answers.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        System.err.printf("aot-training: %,d webhooks in %d s; answers by shape: %s%n", total, length.toSeconds(),
                answers);
        int exitCode = 0;
        for (Map.Entry<String, Integer> expected : EXPECTED.entrySet()) {
            Map<Integer, Long> got = answers.getOrDefault(expected.getKey(), Map.of());
            if (got.isEmpty() || !got.keySet().equals(Set.of(expected.getValue()))) {
                System.err.printf("aot-training: %s answered %s, expected only %d%n", expected.getKey(), got,
                        expected.getValue());
                exitCode = 1;
            }
        }
        return exitCode;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
