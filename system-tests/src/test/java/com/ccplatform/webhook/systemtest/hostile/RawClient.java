package com.ccplatform.webhook.systemtest.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Sends a {@link RawRequest} over a bare loopback socket and reads one answer, bounded by a read timeout. The body is
 * written in the background, so a server that answers before reading it all (413, 415) is seen answering.
 */
final class RawClient {

    /** One answer; {@code status} is -1 when the server closed or fell silent without answering. */
    record Answer(int status, String head, String body, Duration elapsed) {
        boolean answered() {
            return status > 0;
        }
    }

    private final int port;
    private final Duration readTimeout;

    RawClient(int port, Duration readTimeout) {
        this.port = port;
        this.readTimeout = readTimeout;
    }

    Answer send(RawRequest request) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout((int) readTimeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.head(port));
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> writeBody(socket, out, request));
            byte[] received = readAnswer(socket.getInputStream());
            writing.cancel(true);
            return parse(received, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static void writeBody(Socket socket, OutputStream out, RawRequest request) {
        try {
            out.write(request.framedBody());
            out.flush();
            if (request.halfClose()) {
                socket.shutdownOutput();
            }
        } catch (IOException e) {
            // the server answered and closed before taking the whole body: the answer is what is under test
        }
    }

    private static byte[] readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                received.write(buffer, 0, n);
                if (complete(received.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            // silence: what arrived so far (possibly nothing) is the answer
        } catch (IOException e) {
            if (received.size() == 0) {
                return new byte[0];
            }
        }
        return received.toByteArray();
    }

    /** A whole answer with a Content-Length has arrived (the server may keep the connection open). */
    private static boolean complete(String text) {
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        String head = text.substring(0, split).toLowerCase(Locale.ROOT);
        int at = head.indexOf("\r\ncontent-length:");
        if (at < 0) {
            return false;
        }
        int end = head.indexOf("\r\n", at + 2);
        long length = Long.parseLong(head.substring(at + 17, end < 0 ? head.length() : end).trim());
        return text.length() - split - 4 >= length;
    }

    private static Answer parse(byte[] received, Duration elapsed) {
        String text = new String(received, StandardCharsets.UTF_8);
        if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
            return new Answer(-1, text, "", elapsed);
        }
        int split = text.indexOf("\r\n\r\n");
        String head = split < 0 ? text : text.substring(0, split);
        String body = split < 0 ? "" : text.substring(split + 4);
        return new Answer(Integer.parseInt(text.substring(9, 12)), head, body, elapsed);
    }
}
