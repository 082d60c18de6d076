package com.ccplatform.webhook.systemtest.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.amqp.TestBroker;
import com.ccplatform.webhook.adapter.minio.S3TestServer;
import com.ccplatform.webhook.bootstrap.PlatformStubs;
import com.ccplatform.webhook.systemtest.faults.ChildService;
import com.ccplatform.webhook.systemtest.faults.SignedWebhook;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13: with ENVIRONMENT=production the real process refuses to start without every real dependency (one line per
 * missing variable, all of them, exit code 2) or with HTTPS enforcement it could not honour; fully configured it
 * starts, is ready, and sends plain HTTP to HTTPS.
 */
class ProductionStartTest {

    private static final String HTTPS_WITHOUT_PROXY = "ENFORCE_HTTPS is on (the default when ENVIRONMENT=production)"
            + " but TRUSTED_PROXIES is empty: the service speaks plain HTTP and believes X-Forwarded-Proto only from a"
            + " trusted proxy, so every webhook would be redirected; set TRUSTED_PROXIES to the TLS-terminating"
            + " proxies' addresses, or ENFORCE_HTTPS=false";

    @TempDir
    Path directory;

    static Stream<String> infrastructureVariables() {
        return ConfiguredService.INFRASTRUCTURE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("infrastructureVariables")
    void refusesToStartWithoutEachRealDependencyNamingItInOneLine(String missing) throws Exception {
        Map<String, String> env = new HashMap<>(everyDependencyNamed());
        env.put(missing, "");

        ChildService.Exit exit = ConfiguredService.runToExit(directory, env);

        print("production without " + missing, exit);
        assertThat(exit.code()).isEqualTo(2);
        assertThat(ConfiguredService.refusals(exit))
                .containsExactly(missing + " is required when ENVIRONMENT=production");
    }

    @Test
    void listsEveryMissingVariableTogetherOneLineEach() throws Exception {
        ChildService.Exit exit = ConfiguredService.runToExit(directory, Map.of("ENVIRONMENT", "production"));

        print("production with nothing else", exit);
        assertThat(exit.code()).isEqualTo(2);
        assertThat(ConfiguredService.refusals(exit)).containsExactly(
                "RABBITMQ_HOST is required when ENVIRONMENT=production",
                "MINIO_ENDPOINT is required when ENVIRONMENT=production",
                "MINIO_ACCESS_KEY is required when ENVIRONMENT=production",
                "MINIO_SECRET_KEY is required when ENVIRONMENT=production",
                "TENANT_SERVICE_URL is required when ENVIRONMENT=production",
                "TENANT_SERVICE_TOKEN is required when ENVIRONMENT=production",
                "AUTH_SERVICE_URL is required when ENVIRONMENT=production",
                HTTPS_WITHOUT_PROXY);
    }

    @Test
    void refusesHttpsEnforcementWithoutATrustedProxyToBelieve() throws Exception {
        Map<String, String> env = new HashMap<>(everyDependencyNamed());
        env.remove("TRUSTED_PROXIES");

        ChildService.Exit exit = ConfiguredService.runToExit(directory, env);

        print("production without TRUSTED_PROXIES", exit);
        assertThat(exit.code()).isEqualTo(2);
        assertThat(ConfiguredService.refusals(exit)).containsExactly(HTTPS_WITHOUT_PROXY);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void startsFullyConfiguredIsReadyAndSendsPlainHttpToHttps() throws Exception {
        TestBroker broker = TestBroker.get();
        S3TestServer s3 = S3TestServer.shared();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String outbound = "config-outbound-" + run;
        String status = "config-status-" + run;
        try (PlatformStubs platform = new PlatformStubs(Map.of());
             Connection consumer = broker.connect();
             ChildService service = ConfiguredService.start(directory, Map.ofEntries(
                     Map.entry("ENVIRONMENT", "production"), Map.entry("TRUSTED_PROXIES", "127.0.0.1"),
                     Map.entry("RABBITMQ_HOST", broker.host()), Map.entry("RABBITMQ_PORT", "" + broker.port()),
                     Map.entry("OUTBOUND_QUEUE", outbound), Map.entry("STATUS_QUEUE", status),
                     Map.entry("MINIO_ENDPOINT", s3.endpoint()), Map.entry("MINIO_ACCESS_KEY", s3.accessKey()),
                     Map.entry("MINIO_SECRET_KEY", s3.secretKey()), Map.entry("MINIO_SECURE", "false"),
                     Map.entry("MINIO_BUCKET", S3TestServer.newBucketName("config")),
                     Map.entry("TENANT_SERVICE_URL", platform.baseUrl()),
                     Map.entry("TENANT_SERVICE_TOKEN", PlatformStubs.SERVICE_TOKEN),
                     Map.entry("AUTH_SERVICE_URL", platform.baseUrl())))) {
            HttpClient http = HttpClient.newHttpClient();
            SignedWebhook webhook = SignedWebhook.text("msg-config-" + run, PlatformStubs.INTEGRATION,
                    PlatformStubs.SECRET);

            HttpResponse<String> ready = awaitReady(http, service.port());
            HttpResponse<String> plain = http.send(post(service.port(), webhook).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> forwarded = http.send(post(service.port(), webhook)
                    .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
            List<GetResponse> queued = drainAndDelete(consumer, outbound, status);

            System.out.println("[configuration] production, every dependency configured: ready=" + ready.statusCode()
                    + " plain http=" + plain.statusCode() + " via trusted proxy=" + forwarded.statusCode()
                    + " queued=" + queued.size() + "; banner:\n" + String.join("\n", service.output()));
            assertThat(ready.statusCode()).as("/ready: %s", ready.body()).isEqualTo(200);
            assertThat(plain.statusCode()).as("HTTPS enforced by default in production").isEqualTo(308);
            assertThat(plain.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
            assertThat(forwarded.statusCode()).isEqualTo(200);
            assertThat(forwarded.body()).isEqualTo("{\"status\":\"accepted\"}");
            assertThat(queued).singleElement().satisfies(m -> assertThat(m.getProps().getMessageId())
                    .isEqualTo(webhook.id()));
            assertThat(service.output()).noneMatch(line -> line.startsWith("WARNING"))
                    .noneMatch(line -> line.contains("embedded") || line.contains("local directory"));
        }
    }

    /** Every infrastructure variable named, and a trusted proxy: loopback ports nothing answers on, for refusals. */
    private static Map<String, String> everyDependencyNamed() {
        return Map.of("ENVIRONMENT", "production", "RABBITMQ_HOST", "127.0.0.1", "RABBITMQ_PORT", "9",
                "MINIO_ENDPOINT", "http://127.0.0.1:9", "MINIO_ACCESS_KEY", "access-key",
                "MINIO_SECRET_KEY", "secret-key-0123456789", "TENANT_SERVICE_URL", "http://127.0.0.1:9",
                "TENANT_SERVICE_TOKEN", "tenant-token", "AUTH_SERVICE_URL", "http://127.0.0.1:9",
                "TRUSTED_PROXIES", "127.0.0.1");
    }

    private static HttpRequest.Builder post(int port, SignedWebhook webhook) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhook"))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", webhook.signature())
                .POST(HttpRequest.BodyPublishers.ofString(webhook.body()));
    }

    static HttpResponse<String> awaitReady(HttpClient http, int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready")).build();
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> ready = http.send(request, HttpResponse.BodyHandlers.ofString());
        while (ready.statusCode() != 200 && System.nanoTime() < end) {
            Thread.sleep(250);
            ready = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        return ready;
    }

    /** What reached {@code outbound}; both queues of the run are deleted, the broker may be shared. */
    private static List<GetResponse> drainAndDelete(Connection consumer, String outbound, String status)
            throws Exception {
        List<GetResponse> queued = TestBroker.drain(consumer, outbound);
        try (Channel channel = consumer.createChannel()) {
            channel.queueDelete(outbound);
            channel.queueDelete(status);
        }
        return queued;
    }

    static void print(String situation, ChildService.Exit exit) {
        System.out.println("[configuration] " + situation + ": exit=" + exit.code() + "\n  "
                + String.join("\n  ", exit.output()));
    }
}
