package com.ccplatform.webhook.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A lean HTTP/1.1 client over one persistent socket: write a request, read its response, repeat. It does no
 * pipelining and no redirects; it reconnects when the server closes. Not thread-safe: one per load worker.
 */
public final class KeepAliveConnection implements Closeable {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final InetSocketAddress address;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    public KeepAliveConnection(InetSocketAddress address) {
        this.address = address;
    }

    /** Sends {@code POST path} with the given extra header lines (each `Name: value`) and returns the reply. */
    public HttpReply post(String path, String contentType, String[] headerLines, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(256).append("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(address.getHostString()).append(':').append(address.getPort()).append("\r\n")
                .append("Content-Type: ").append(contentType).append("\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        return exchange(head.toString().getBytes(StandardCharsets.US_ASCII), body);
    }

    /** Sends {@code GET path} and returns the reply. */
    public HttpReply get(String path) throws IOException {
        String head = "GET " + path + " HTTP/1.1\r\nHost: " + address.getHostString() + ':' + address.getPort()
                + "\r\n\r\n";
        return exchange(head.getBytes(StandardCharsets.US_ASCII), new byte[0]);
    }

    private HttpReply exchange(byte[] head, byte[] body) throws IOException {
        ensureOpen();
        try {
            byte[] request = new byte[head.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            out.write(request);
            out.flush();
            HttpReply reply = readReply(in);
            if (reply.serverCloses()) {
                close();
            }
            return reply;
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void ensureOpen() throws IOException {
        if (socket != null) {
            return;
        }
        Socket fresh = new Socket();
        fresh.setTcpNoDelay(true);
        fresh.setSoTimeout(TIMEOUT_MILLIS);
        fresh.connect(address, TIMEOUT_MILLIS);
        socket = fresh;
        out = fresh.getOutputStream();
        in = new BufferedInputStream(fresh.getInputStream(), 16 * 1024);
    }

    /** Reads one response: status line, headers, then a Content-Length, chunked, or read-to-close body. */
    static HttpReply readReply(InputStream in) throws IOException {
        String statusLine = readLine(in);
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean closes = statusLine.startsWith("HTTP/1.0");
        boolean retryAfter = false;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            if (name.equals("content-length")) {
                contentLength = Long.parseLong(value);
            } else if (name.equals("transfer-encoding")) {
                chunked = value.contains("chunked");
            } else if (name.equals("retry-after")) {
                retryAfter = !value.isEmpty();
            } else if (name.equals("connection")) {
                closes = value.contains("close") || (closes && !value.contains("keep-alive"));
            }
        }
        if (chunked) {
            return new HttpReply(status, readChunked(in), closes, retryAfter);
        }
        if (contentLength >= 0) {
            return new HttpReply(status, readExactly(in, (int) contentLength), closes, retryAfter);
        }
        boolean bodyless = status == 204 || status == 304 || status / 100 == 1;
        return new HttpReply(status, bodyless ? new byte[0] : in.readAllBytes(), !bodyless || closes, retryAfter);
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                while (!readLine(in).isEmpty()) {
                    // trailers are read and dropped
                }
                return body.toByteArray();
            }
            body.write(readExactly(in, size));
            readLine(in);
        }
    }

    private static byte[] readExactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("connection closed " + bytes.length + " bytes into a " + length + "-byte body");
        }
        return bytes;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException("connection closed mid-response");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken socket can fail; it is gone either way
            }
        }
        socket = null;
        out = null;
        in = null;
    }
}
