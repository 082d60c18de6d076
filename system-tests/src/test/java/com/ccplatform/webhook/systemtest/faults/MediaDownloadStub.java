package com.ccplatform.webhook.systemtest.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Genesys' attachment downloads on loopback: serves a small PNG at once, or, when stalling, sends the headers (with
 * the full Content-Length) and the first kilobyte, then goes silent until released or 20 s passed.
 */
final class MediaDownloadStub implements AutoCloseable {

    static final byte[] PNG = pngOf(8 * 1024);
    private static final int SENT_BEFORE_STALL = 1024;

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fault-media-stub");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stalling;
    private volatile CountDownLatch release = new CountDownLatch(1);

    MediaDownloadStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(handlers);
        server.createContext("/media/", this::download);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String urlFor(String id) {
        return baseUrl() + "/media/" + id;
    }

    /** From now on every download stalls after its first kilobyte. */
    void stall() {
        release = new CountDownLatch(1);
        stalling = true;
    }

    /** Downloads complete again; stalled ones resume (and find their reader gone). */
    void flow() {
        stalling = false;
        release.countDown();
    }

    private void download(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "image/png");
        exchange.sendResponseHeaders(200, PNG.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (stalling) {
                out.write(PNG, 0, SENT_BEFORE_STALL);
                out.flush();
                release.await(20, TimeUnit.SECONDS);
                out.write(PNG, SENT_BEFORE_STALL, PNG.length - SENT_BEFORE_STALL);
            } else {
                out.write(PNG);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] pngOf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        byte[] magic = "\u0089PNG\r\n\u001a\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    @Override
    public void close() {
        flow();
        server.stop(0);
        handlers.shutdownNow();
    }
}
