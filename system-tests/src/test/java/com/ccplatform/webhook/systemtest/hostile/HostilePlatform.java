package com.ccplatform.webhook.systemtest.hostile;

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
 * The platform around the service for the hostile suites, on one loopback HTTP server: a Tenant Service that knows two
 * active tenants (A and B, each with its own secret), an Auth Service issuing a media token, and the one download host
 * attachments are allowed from, which serves an image, and redirects elsewhere on request: `/media/home/` to its own
 * `/storage/`, which plays a signed storage URL (400 to a request that carries a token, as S3 answers).
 */
final class HostilePlatform implements AutoCloseable {

    static final String SERVICE_TOKEN = "hostile-tenant-service-token-7d1c";
    static final String MEDIA_TOKEN = "hostile-media-token-3a9f51e2";
    static final Tenant A = new Tenant("tenant-hostile-a", "integration-hostile-a", "secret-of-tenant-a-4f0e9b2c7d");
    static final Tenant B = new Tenant("tenant-hostile-b", "integration-hostile-b", "secret-of-tenant-b-81c3e5a0f6");
    static final byte[] PNG = "\u0089PNG hostile-suite image".getBytes(StandardCharsets.ISO_8859_1);

    /** A tenant as the Tenant Service describes it. */
    record Tenant(String id, String integration, String secret) {
    }

    /** One request the download host received: its path and Authorization header. */
    record Download(String path, String authorization) {
    }

    private final HttpServer server;
    private volatile String redirectTarget = "http://127.0.0.1:1/";
    final List<Download> downloads = new CopyOnWriteArrayList<>();

    HostilePlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/tenants/by-integration/", this::tenant);
        server.createContext("/api/v1/auth/token", this::token);
        server.createContext("/media/", this::download);
        server.createContext("/storage/", this::download);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Where `/media/away/...` redirects to. */
    void redirectAwayTo(String url) {
        redirectTarget = url;
    }

    private void tenant(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/api/v1/tenants/by-integration/".length());
        if (!("Bearer " + SERVICE_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, Map.of(), "{\"error\":\"unauthorized\"}");
            return;
        }
        for (Tenant tenant : List.of(A, B)) {
            if (tenant.integration().equals(id)) {
                reply(exchange, 200, Map.of(), "{\"tenantId\":\"" + tenant.id() + "\",\"integrationId\":\""
                        + tenant.integration() + "\",\"webhookSecret\":\"" + tenant.secret() + "\",\"status\":\"active\"}");
                return;
            }
        }
        reply(exchange, 404, Map.of(), "{\"error\":\"not found\"}");
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        reply(exchange, 200, Map.of(), "{\"accessToken\":\"Bearer " + MEDIA_TOKEN
                + "\",\"expiresIn\":3600,\"tokenType\":\"Bearer\"}");
    }

    private void download(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        downloads.add(new Download(path, authorization));
        if (path.startsWith("/media/away/")) {
            reply(exchange, 302, Map.of("Location", redirectTarget + path.substring("/media/away/".length())), "");
        } else if (path.startsWith("/media/home/")) {
            reply(exchange, 302, Map.of("Location", "/storage/" + path.substring("/media/home/".length())
                    + "?X-Amz-Signature=hostile"), "");
        } else if (path.startsWith("/storage/") && authorization != null) {
            reply(exchange, 400, Map.of(), "{\"error\":\"only one auth mechanism allowed\"}");
        } else if (path.startsWith("/storage/") || path.startsWith("/media/ok/")
                && ("Bearer " + MEDIA_TOKEN).equals(authorization)) {
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, PNG.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(PNG);
            }
        } else {
            reply(exchange, 404, Map.of(), "");
        }
    }

    private static void reply(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
