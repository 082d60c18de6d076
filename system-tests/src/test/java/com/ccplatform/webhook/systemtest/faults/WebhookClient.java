package com.ccplatform.webhook.systemtest.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Talks HTTP/1.1 to one service port the way Genesys does; a request never hangs the test (15 s client timeout) and
 * a transport failure is an {@link Answer} with status 0, so load runs can count them.
 */
public final class WebhookClient implements AutoCloseable {

    /** What came back: a status and body, or status 0 and the transport error; and how long it took. */
    public record Answer(int status, String body, long millis, String error) {
        public boolean answered() {
            return status > 0;
        }
    }

    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(15);

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fault-client");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile int port;

    public WebhookClient(int port) {
        this.port = port;
    }

    void port(int newPort) {
        this.port = newPort;
    }

    public Answer send(SignedWebhook webhook) {
        return exchange(HttpRequest.newBuilder(uri("/webhook")).timeout(CLIENT_TIMEOUT)
                .header("Content-Type", "application/json").header("X-Hub-Signature-256", webhook.signature())
                .POST(HttpRequest.BodyPublishers.ofString(webhook.body())).build());
    }

    public Answer get(String path) {
        return exchange(HttpRequest.newBuilder(uri(path)).timeout(CLIENT_TIMEOUT).GET().build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Answer exchange(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), millisSince(start), null);
        } catch (IOException e) {
            return new Answer(0, "", millisSince(start), e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", millisSince(start), "interrupted");
        }
    }

    private static long millisSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
