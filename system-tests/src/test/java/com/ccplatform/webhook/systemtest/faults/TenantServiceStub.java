package com.ccplatform.webhook.systemtest.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Tenant Service on loopback that knows every integration id (tenant and secret derived from it) and that the test
 * can slow down (each answer waits) or kill (the port refuses connections) and bring back on the same port.
 */
final class TenantServiceStub implements AutoCloseable {

    static final String TOKEN = "fault-tenant-service-token";
    private static final String PATH = "/api/v1/tenants/by-integration/";

    private int port;
    private final AtomicInteger calls = new AtomicInteger();
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
        String integration = exchange.getRequestURI().getPath().substring(PATH.length());
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, "{\"error\":\"unauthorized\"}");
        } else {
            reply(exchange, 200, "{\"tenantId\":\"tenant-of-" + integration + "\",\"integrationId\":\"" + integration
                    + "\",\"webhookSecret\":\"" + secretFor(integration) + "\",\"status\":\"active\"}");
        }
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
