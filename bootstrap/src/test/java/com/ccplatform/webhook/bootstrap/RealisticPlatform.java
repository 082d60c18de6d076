package com.ccplatform.webhook.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The platform as it behaves in production rather than in the FRD's examples (issue 14), on two loopback servers: a
 * Tenant Service whose record has no {@code status} (and one tenant that is suspended), an Auth Service, a Genesys
 * download endpoint that redirects to a signed storage URL, and that storage, which refuses a request with a token.
 */
final class RealisticPlatform implements AutoCloseable {

    static final String SERVICE_TOKEN = "realistic-tenant-service-token";
    static final String MEDIA_TOKEN = "realistic-media-token";
    static final String INTEGRATION = "integration-without-status";
    static final String SUSPENDED = "integration-suspended";
    static final String TENANT = "tenant-without-status";
    static final String SECRET = "realistic-webhook-secret-longer-than-15";

    /** A file in storage: its bytes, the type storage serves it with, and whether a Content-Length is sent. */
    record StoredFile(byte[] bytes, String contentType, boolean announceLength) {
    }

    private final HttpServer genesys;
    private final HttpServer storage;
    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();
    final List<String> genesysAuthorizations = new CopyOnWriteArrayList<>();
    final List<String> storageAuthorizations = new CopyOnWriteArrayList<>();

    RealisticPlatform() throws IOException {
        genesys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        genesys.createContext("/api/v1/tenants/by-integration/", this::tenant);
        genesys.createContext("/api/v1/auth/token", this::token);
        genesys.createContext("/api/v2/downloads/", this::download);
        genesys.start();
        storage = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        storage.createContext("/bucket/", this::signedObject);
        storage.start();
    }

    /** The Tenant Service, the Auth Service and Genesys's download endpoint. */
    String genesysUrl() {
        return "http://127.0.0.1:" + genesys.getAddress().getPort();
    }

    String storageUrl() {
        return "http://127.0.0.1:" + storage.getAddress().getPort();
    }

    /** Puts a file in storage; Genesys's download URL for it is returned. */
    String store(String name, StoredFile file) {
        files.put(name, file);
        return genesysUrl() + "/api/v2/downloads/" + name;
    }

    private void tenant(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/api/v1/tenants/by-integration/".length());
        if (!("Bearer " + SERVICE_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, "application/json", "{\"error\":\"unauthorized\"}");
        } else if (INTEGRATION.equals(id)) {
            reply(exchange, 200, "application/json", "{\"tenantId\":\"" + TENANT + "\",\"integrationId\":\""
                    + INTEGRATION + "\",\"webhookSecret\":\"" + SECRET + "\"}");
        } else if (SUSPENDED.equals(id)) {
            reply(exchange, 200, "application/json", "{\"tenantId\":\"tenant-suspended\",\"integrationId\":\""
                    + SUSPENDED + "\",\"webhookSecret\":\"" + SECRET + "\",\"status\":\"suspended\"}");
        } else {
            reply(exchange, 404, "application/json", "{\"error\":\"not found\"}");
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        reply(exchange, 200, "application/json", "{\"accessToken\":\"Bearer " + MEDIA_TOKEN
                + "\",\"expiresIn\":3600,\"tokenType\":\"Bearer\"}");
    }

    /** GET /api/v2/downloads/{id}: with the tenant's token, a 302 to a signed storage URL (issueRedirect=true). */
    private void download(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        genesysAuthorizations.add(String.valueOf(authorization));
        String name = exchange.getRequestURI().getPath().substring("/api/v2/downloads/".length());
        if (!("Bearer " + MEDIA_TOKEN).equals(authorization)) {
            reply(exchange, 401, "application/json", "{\"error\":\"unauthorized\"}");
            return;
        }
        exchange.getResponseHeaders().set("Location", storageUrl() + "/bucket/" + name
                + "?X-Amz-Expires=60&X-Amz-Signature=a1b2%2Fc3");
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** Signed storage: a request that also carries an Authorization header is refused, as S3 does. */
    private void signedObject(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        storageAuthorizations.add(String.valueOf(authorization));
        StoredFile file = files.get(exchange.getRequestURI().getPath().substring("/bucket/".length()));
        if (authorization != null) {
            reply(exchange, 400, "application/xml", "<Error><Code>InvalidArgument</Code></Error>");
        } else if (file == null || exchange.getRequestURI().getRawQuery() == null) {
            reply(exchange, 403, "application/xml", "<Error><Code>AccessDenied</Code></Error>");
        } else {
            exchange.getResponseHeaders().set("Content-Type", file.contentType());
            exchange.sendResponseHeaders(200, file.announceLength() ? file.bytes().length : 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(file.bytes());
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        genesys.stop(0);
        storage.stop(0);
    }
}
