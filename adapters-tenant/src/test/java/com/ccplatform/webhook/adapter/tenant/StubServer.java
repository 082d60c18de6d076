package com.ccplatform.webhook.adapter.tenant;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on loopback playing the Tenant Service, the Auth Service or Genesys; records every request. */
final class StubServer implements AutoCloseable {

    /** A request as the server saw it. */
    record Request(String method, URI uri, Headers headers, byte[] body) {
        String rawPath() {
            return uri.getRawPath();
        }

        String header(String name) {
            return headers.getFirst(name);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** How the server answers. */
    interface Responder {
        void respond(Request request, HttpExchange exchange) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stub-server");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Responder responder = status(404);

    private StubServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
                        exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes());
                requests.add(request);
                responder.respond(request, exchange);
            } catch (Exception e) {
                // an interrupted or abandoned response: the client sees the connection end
            }
        });
        server.start();
    }

    static StubServer start() throws IOException {
        return new StubServer(0);
    }

    /** A server on a port another server used before, to play a service coming back. */
    static StubServer startOn(int port) throws IOException {
        return new StubServer(port);
    }

    /** A loopback port nothing listens on: connections are refused. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    StubServer answer(Responder responder) {
        this.responder = responder;
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    int requestCount() {
        return requests.size();
    }

    Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    static Responder status(int status) {
        return (request, exchange) -> send(exchange, status, "application/json", new byte[0]);
    }

    static Responder json(int status, String body) {
        return (request, exchange) -> send(exchange, status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers only after {@code delay}: a slow or hanging service. */
    static Responder after(Duration delay, Responder then) {
        return (request, exchange) -> {
            Thread.sleep(delay.toMillis());
            then.respond(request, exchange);
        };
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
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
