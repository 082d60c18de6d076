package com.ccplatform.webhook.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeepAliveConnectionTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void readsStatusAndContentLengthBodyOverOneKeptAliveConnection() throws IOException {
        AtomicReference<String> seen = new AtomicReference<>();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/webhook", exchange -> {
            byte[] request = exchange.getRequestBody().readAllBytes();
            seen.set(exchange.getRequestHeaders().getFirst("X-Hub-Signature-256") + " "
                    + new String(request, StandardCharsets.UTF_8));
            byte[] body = "{\"status\":\"accepted\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();

        try (KeepAliveConnection connection = new KeepAliveConnection(server.getAddress())) {
            for (int i = 0; i < 3; i++) {
                HttpReply reply = connection.post("/webhook", "application/json",
                        new String[] {"X-Hub-Signature-256: sha256=ab"}, ("{\"n\":" + i + "}").getBytes());
                assertThat(reply.status()).isEqualTo(200);
                assertThat(reply.bodyText()).isEqualTo("{\"status\":\"accepted\"}");
                assertThat(reply.serverCloses()).isFalse();
            }
        }
        assertThat(seen.get()).isEqualTo("sha256=ab {\"n\":2}");
    }

    @Test
    void readsChunkedBodyWithExtensionAndTrailerThenSeesTheServerClose() throws Exception {
        String response = "HTTP/1.1 503 Service Unavailable\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "5;ext=1\r\n{\"err\r\n6\r\nor\":1}\r\n0\r\nX-Trailer: t\r\n\r\n";
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> answerOnce(listener, response));
            answer.start();
            try (KeepAliveConnection connection = new KeepAliveConnection(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()))) {
                HttpReply reply = connection.get("/ready");
                assertThat(reply.status()).isEqualTo(503);
                assertThat(reply.bodyText()).isEqualTo("{\"error\":1}");
                assertThat(reply.serverCloses()).isTrue();
            }
            answer.join(5_000);
        }
    }

    private static void answerOnce(ServerSocket listener, String response) {
        try (Socket socket = listener.accept()) {
            socket.setSoTimeout(5_000);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            StringBuilder request = new StringBuilder();
            while (!request.toString().endsWith("\r\n\r\n")) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                request.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
            }
            OutputStream out = socket.getOutputStream();
            out.write(response.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
