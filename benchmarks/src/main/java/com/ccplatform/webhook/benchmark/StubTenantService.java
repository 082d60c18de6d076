package com.ccplatform.webhook.benchmark;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Tenant Service as the webhook service calls it: `GET /api/v1/tenants/by-integration/{id}` with the bearer
 * token, answering the benchmark's tenants as active. On loopback, on a free port.
 */
public final class StubTenantService implements AutoCloseable {

    private static final String PREFIX = "/api/v1/tenants/by-integration/";

    private final Map<String, BenchTenant> byIntegration;
    private final String token;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final LongAdder lookups = new LongAdder();

    private StubTenantService(List<BenchTenant> tenants, String token, HttpServer server) {
        this.byIntegration = tenants.stream().collect(Collectors.toMap(BenchTenant::integrationId,
                Function.identity()));
        this.token = token;
        this.server = server;
    }

    public static StubTenantService start(List<BenchTenant> tenants, String token) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        StubTenantService stub = new StubTenantService(tenants, token, server);
        server.createContext("/", stub::handle);
        server.setExecutor(stub.executor);
        server.start();
        return stub;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many lookups the service made: a handful when it caches tenants. */
    public long lookups() {
        return lookups.sum();
    }

    private void handle(HttpExchange exchange) throws IOException {
        lookups.increment();
        String path = exchange.getRequestURI().getPath();
        BenchTenant tenant = path.startsWith(PREFIX) ? byIntegration.get(path.substring(PREFIX.length())) : null;
        if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, "{\"error\":\"unauthorized\"}");
        } else if (tenant == null) {
            reply(exchange, 404, "{\"error\":\"not found\"}");
        } else {
            reply(exchange, 200, "{\"tenantId\":\"" + tenant.tenantId() + "\",\"integrationId\":\""
                    + tenant.integrationId() + "\",\"webhookSecret\":\"" + tenant.secret().value()
                    + "\",\"status\":\"active\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
