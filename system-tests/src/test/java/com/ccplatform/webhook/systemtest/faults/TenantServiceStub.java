package com.ccplatform.webhook.systemtest.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Tenant Service on loopback that knows every integration id (tenant and secret derived from it) and that the test
 * can slow down (each answer waits) or kill (the port refuses connections) and bring back on the same port. Like a
 * service behind a strict URL filter, it refuses an id with an encoded slash, percent sign or dot segment with 400
 * and a path over 2 KiB with 414; the test can have it refuse ids with a given prefix too.
 */
final class TenantServiceStub implements AutoCloseable {

    static final String TOKEN = "fault-tenant-service-token";
    private static final String PATH = "/api/v1/tenants/by-integration/";
    private static final int LONGEST_PATH = 2048;

    private int port;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private final Queue<String> requestedIds = new ConcurrentLinkedQueue<>();
    private final Map<String, Integer> refusedPrefixes = new ConcurrentHashMap<>();
    private volatile Duration delay = Duration.ZERO;
    private HttpServer server;
    private ExecutorService handlers;

    private TenantServiceStub() {
    }

    /** Listens on a free loopback port, answering at once. */
    static TenantServiceStub start() throws IOException {
        TenantServiceStub stub = new TenantServiceStub();
        stub.listen();
        return stub;
    }

    static String secretFor(String integration) {
        return "secret-of-" + integration + "-for-fault-tests";
    }

    synchronized String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    int calls() {
        return calls.get();
    }

    /** Ids answered with a 4xx so far. */
    int refusals() {
        return refusals.get();
    }

    /** Every id asked for, decoded, in order. */
    List<String> requestedIds() {
        return List.copyOf(requestedIds);
    }

    /** From now on, ids starting with {@code prefix} are answered {@code status} (a 4xx). */
    void refuse(String prefix, int status) {
        refusedPrefixes.put(prefix, status);
    }

    /** Every answer waits {@code wait} first (zero: answers at once). */
    void delay(Duration wait) {
        this.delay = wait;
    }

    /** The port refuses connections from now on; answers being prepared are abandoned. */
    synchronized void kill() {
        server.stop(0);
        handlers.shutdownNow();
    }

    /** Listens again on the same port, answering at once. */
    synchronized void revive() throws IOException {
        delay = Duration.ZERO;
        listen();
    }

    private synchronized void listen() throws IOException {
        handlers = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "fault-tenant-stub");
            thread.setDaemon(true);
            return thread;
        });
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(handlers);
        server.createContext(PATH, this::tenant);
        server.start();
        port = server.getAddress().getPort();
    }

    private void tenant(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            exchange.close();
            return;
        }
        String raw = exchange.getRequestURI().getRawPath();
        String integration = URLDecoder.decode(raw.substring(PATH.length()), StandardCharsets.UTF_8);
        requestedIds.add(integration);
        int refusal = refusalFor(raw, integration);
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, "{\"error\":\"unauthorized\"}");
        } else if (refusal > 0) {
            refusals.incrementAndGet();
            reply(exchange, refusal, "{\"error\":\"refused\"}");
        } else {
            reply(exchange, 200, "{\"tenantId\":\"tenant-of-" + integration + "\",\"integrationId\":\"" + integration
                    + "\",\"webhookSecret\":\"" + secretFor(integration) + "\",\"status\":\"active\"}");
        }
    }

    /** The 4xx this id earns, or 0 when it is answered. */
    private int refusalFor(String rawPath, String integration) {
        if (rawPath.length() > LONGEST_PATH) {
            return 414;
        }
        String upper = rawPath.toUpperCase(Locale.ROOT);
        if (upper.contains("%2F") || upper.contains("%25") || upper.contains("%5C") || integration.equals(".")
                || integration.equals("..") || integration.contains("/")) {
            return 400;
        }
        return refusedPrefixes.entrySet().stream().filter(e -> integration.startsWith(e.getKey()))
                .mapToInt(Map.Entry::getValue).findFirst().orElse(0);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        kill();
    }
}
