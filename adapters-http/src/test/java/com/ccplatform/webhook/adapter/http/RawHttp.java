package com.ccplatform.webhook.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 over a bare socket, for what a well-behaved client will not send: chunked bodies over the cap, a
 * Content-Length larger than what follows. Writes in the background and reads the answer until the server closes.
 */
final class RawHttp {

    /** The status code and raw text of one answer. */
    record Answer(int status, String text) {
        String body() {
            int split = text.indexOf("\r\n\r\n");
            return split < 0 ? "" : text.substring(split + 4);
        }

        boolean hasHeader(String name, String value) {
            return text.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT) + ": " + value.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    static Answer exchange(int port, String head, Writer body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                try {
                    body.write(out);
                    out.flush();
                } catch (IOException e) {
                    // The server may answer and close before the whole body is sent: that is what is under test.
                }
            });
            Answer answer = read(socket.getInputStream());
            writing.cancel(true);
            return answer;
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) != -1) {
                received.write(buffer, 0, n);
                if (complete(received.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (IOException e) {
            if (received.size() == 0) {
                throw e;
            }
        }
        String text = received.toString(StandardCharsets.UTF_8);
        return new Answer(Integer.parseInt(text.substring(9, 12)), text);
    }

    /** A whole answer with a Content-Length has arrived (the server may keep the connection open). */
    private static boolean complete(String text) {
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        String head = text.substring(0, split).toLowerCase(Locale.ROOT);
        int at = head.indexOf("content-length: ");
        if (at < 0) {
            return false;
        }
        int end = head.indexOf("\r\n", at);
        long length = Long.parseLong(head.substring(at + 16, end < 0 ? head.length() : end).trim());
        return text.length() - split - 4 >= length;
    }

    /** Sends the body after the head. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }
}
