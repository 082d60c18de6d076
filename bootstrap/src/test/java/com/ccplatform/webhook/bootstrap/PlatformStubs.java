package com.ccplatform.webhook.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The platform around the service, on one loopback HTTP server: the Tenant Service (one tenant; the test can make it
 * fail), the Auth Service and a Genesys download endpoint that insists on the tenant's bearer token.
 */
public final class PlatformStubs implements AutoCloseable {

    public static final String SERVICE_TOKEN = "tenant-service-token-e2e";
    public static final String MEDIA_TOKEN = "media-token-e2e";
    public static final String INTEGRATION = "integration-e2e";
    public static final String TENANT = "tenant-e2e";
    public static final String SECRET = "e2e-webhook-secret-longer-than-15";

    private final HttpServer server;
    private final Map<String, byte[]> media;
    public final List<String> downloadAuthorizations = new CopyOnWriteArrayList<>();
    private volatile boolean tenantServiceFailing;

    public PlatformStubs(Map<String, byte[]> mediaByPath) throws IOException {
        this.media = Map.copyOf(mediaByPath);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/tenants/by-integration/", this::tenant);
        server.createContext("/api/v1/auth/token", this::token);
        server.createContext("/downloads/", this::download);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on every tenant lookup is answered 500, as a Tenant Service in trouble would. */
    public void failTenantLookups() {
        tenantServiceFailing = true;
    }

    private void tenant(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/api/v1/tenants/by-integration/".length());
        if (tenantServiceFailing) {
            reply(exchange, 500, "application/json", "{\"error\":\"internal\"}".getBytes(StandardCharsets.UTF_8));
        } else if (!("Bearer " + SERVICE_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, "application/json", "{\"error\":\"unauthorized\"}".getBytes(StandardCharsets.UTF_8));
        } else if (INTEGRATION.equals(id)) {
            reply(exchange, 200, "application/json", ("{\"tenantId\":\"" + TENANT + "\",\"integrationId\":\""
                    + INTEGRATION + "\",\"webhookSecret\":\"" + SECRET + "\",\"status\":\"active\"}")
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            reply(exchange, 404, "application/json", "{\"error\":\"not found\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        reply(exchange, 200, "application/json", ("{\"accessToken\":\"Bearer " + MEDIA_TOKEN
                + "\",\"expiresIn\":3600,\"tokenType\":\"Bearer\"}").getBytes(StandardCharsets.UTF_8));
    }

    private void download(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        downloadAuthorizations.add(String.valueOf(authorization));
        byte[] bytes = media.get(exchange.getRequestURI().getPath());
        if (!("Bearer " + MEDIA_TOKEN).equals(authorization)) {
            reply(exchange, 401, "text/plain", new byte[0]);
        } else if (bytes == null) {
            reply(exchange, 404, "text/plain", new byte[0]);
        } else {
            reply(exchange, 200, "image/png", bytes);
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
