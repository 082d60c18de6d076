package com.ccplatform.webhook.systemtest.exposure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Bare loopback sockets for requests no polite client sends: the headers of a large `POST /webhook` and then nothing,
 * or a whole body at the size cap written as fast as the socket takes it.
 */
final class RawConnections implements AutoCloseable {

    /** A status line's code and its headers, or status -1 when the server closed without answering. */
    record Answer(int status, String head) {
        boolean hasHeader(String name) {
            return head.toLowerCase(Locale.ROOT).contains("\r\n" + name.toLowerCase(Locale.ROOT) + ":");
        }
    }

    private final int port;
    private final List<Socket> open = new ArrayList<>();

    RawConnections(int port) {
        this.port = port;
    }

    /** Opens {@code count} connections that each send the headers of a {@code declaredLength} body, then nothing. */
    void openHeaderOnly(int count, long declaredLength) throws IOException {
        for (int i = 0; i < count; i++) {
            Socket socket = connect();
            socket.getOutputStream().write(head(declaredLength, "unsigned"));
            socket.getOutputStream().flush();
            synchronized (open) {
                open.add(socket);
            }
        }
    }

    /**
     * Opens {@code count} keep-alive connections that each send {@code requests} small GETs of {@code path}, read the
     * answers, and stay open; returns how many got every answer 200 (stopping at the first that could not).
     */
    int openKeptAlive(int count, int requests, String path) {
        int ok = 0;
        for (int i = 0; i < count; i++) {
            try {
                ok += keptAlive(requests, path) ? 1 : 0;
            } catch (IOException e) {
                return ok; // the server went away (or refused): the test says what that means
            }
        }
        return ok;
    }

    private boolean keptAlive(int requests, String path) throws IOException {
        Socket socket = connect();
        synchronized (open) {
            open.add(socket);
        }
        socket.setSoTimeout(30_000);
        boolean all200 = true;
        for (int r = 0; r < requests; r++) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Answer answer = readHead(socket.getInputStream());
            all200 &= answer.status() == 200;
            skipBody(socket.getInputStream(), answer);
        }
        return all200;
    }

    private static void skipBody(InputStream in, Answer answer) throws IOException {
        for (String line : answer.head().split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring(15).trim()));
            }
        }
    }

    /** Sends {@code body} whole on a new connection and reads the answer's head (30 s at most). */
    Answer sendWhole(byte[] body, String signature) throws IOException {
        try (Socket socket = connect()) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(head(body.length, signature));
                    out.write(body);
                    out.flush();
                } catch (IOException e) {
                    // the server answered (503, 413) and closed before taking it all
                }
            }, "exposure-body-writer");
            writer.setDaemon(true);
            writer.start();
            return readHead(socket.getInputStream());
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        return socket;
    }

    private byte[] head(long length, String signature) {
        return ("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "X-Hub-Signature-256: " + signature + "\r\nContent-Length: " + length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static Answer readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        try {
            while ((b = in.read()) != -1) {
                head.write(b);
                byte[] bytes = head.toByteArray();
                int n = bytes.length;
                if (n >= 4 && Arrays.equals(Arrays.copyOfRange(bytes, n - 4, n), "\r\n\r\n".getBytes())) {
                    break;
                }
            }
        } catch (IOException e) {
            // reset by the server: whatever arrived is the answer
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.1 ")) {
            return new Answer(-1, text);
        }
        return new Answer(Integer.parseInt(text.substring(9, 12)), text);
    }

    @Override
    public void close() {
        synchronized (open) {
            for (Socket socket : open) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // already closed by the server
                }
            }
            open.clear();
        }
    }
}
