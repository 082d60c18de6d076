package com.ccplatform.webhook.systemtest.realshape;

import com.ccplatform.webhook.bootstrap.PlatformStubs;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Genesys attachment downloads as they really go, on loopback: the Genesys API host checks the tenant's bearer token
 * and answers 302 to a presigned storage URL on another host; the storage host serves the bytes and, like S3, refuses
 * a request that brings an Authorization header besides the signature in its query.
 */
final class LoopbackGenesys implements AutoCloseable {

    private static final String DOWNLOADS = "/api/v2/downloads/";
    private static final String BLOBS = "/blobs/";

    /** What storage serves for one download token. */
    record Blob(String mime, byte[] bytes) {
    }

    private final HttpServer genesys;
    private final HttpServer storage;
    private final Map<String, Blob> blobs = new ConcurrentHashMap<>();
    final AtomicInteger redirects = new AtomicInteger();
    final AtomicInteger served = new AtomicInteger();
    final AtomicInteger storageRefusals = new AtomicInteger();

    LoopbackGenesys() throws IOException {
        genesys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        genesys.createContext(DOWNLOADS, this::redirect);
        storage = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        storage.createContext(BLOBS, this::blob);
        genesys.start();
        storage.start();
    }

    /** `http://127.0.0.1:port` of the Genesys API host. */
    String genesysBaseUrl() {
        return "http://127.0.0.1:" + genesys.getAddress().getPort();
    }

    /** `http://127.0.0.1:port` of the storage host the downloads redirect to. */
    String storageBaseUrl() {
        return "http://127.0.0.1:" + storage.getAddress().getPort();
    }

    void serve(String token, Blob blob) {
        blobs.put(token, blob);
    }

    private void redirect(HttpExchange exchange) throws IOException {
        String token = exchange.getRequestURI().getPath().substring(DOWNLOADS.length());
        if (!("Bearer " + PlatformStubs.MEDIA_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            empty(exchange, 401);
        } else if (!blobs.containsKey(token)) {
            empty(exchange, 404);
        } else {
            redirects.incrementAndGet();
            exchange.getResponseHeaders().set("Location", storageBaseUrl() + BLOBS + token
                    + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=60&X-Amz-Signature=0f1e2d3c4b5a");
            empty(exchange, 302);
        }
    }

    private void blob(HttpExchange exchange) throws IOException {
        Blob blob = blobs.get(exchange.getRequestURI().getPath().substring(BLOBS.length()));
        if (exchange.getRequestHeaders().containsKey("Authorization")) {
            storageRefusals.incrementAndGet();
            empty(exchange, 400);
        } else if (blob == null) {
            empty(exchange, 404);
        } else {
            served.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", blob.mime());
            exchange.sendResponseHeaders(200, blob.bytes().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(blob.bytes());
            }
        }
    }

    private static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        genesys.stop(0);
        storage.stop(0);
    }
}
