package com.ccplatform.webhook.systemtest.exposure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Genesys attachment downloads on loopback, each a PNG of {@code size} bytes streamed from one small buffer (the test
 * JVM holds none of them), with its Content-Length; counts the downloads started.
 */
final class LargeDownloads implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "exposure-download");
        thread.setDaemon(true);
        return thread;
    });
    private final long size;
    private final AtomicInteger started = new AtomicInteger();

    LargeDownloads(long size) throws IOException {
        this.size = size;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        server.setExecutor(handlers);
        server.createContext("/media/", this::download);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String urlFor(String id) {
        return baseUrl() + "/media/" + id;
    }

    int started() {
        return started.get();
    }

    private void download(HttpExchange exchange) throws IOException {
        started.incrementAndGet();
        exchange.getResponseHeaders().set("Content-Type", "image/png");
        exchange.sendResponseHeaders(200, size);
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) 'x');
        byte[] magic = "\u0089PNG\r\n\u001a\n".getBytes(StandardCharsets.ISO_8859_1);
        try (OutputStream out = exchange.getResponseBody()) {
            long left = size;
            boolean first = true;
            while (left > 0) {
                int n = (int) Math.min(block.length, left);
                if (first) {
                    System.arraycopy(magic, 0, block, 0, magic.length);
                    out.write(block, 0, n);
                    Arrays.fill(block, 0, magic.length, (byte) 'x');
                    first = false;
                } else {
                    out.write(block, 0, n);
                }
                left -= n;
            }
        } catch (IOException e) {
            // the service gave up on this download (no slot, deadline): that is what is under test
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
