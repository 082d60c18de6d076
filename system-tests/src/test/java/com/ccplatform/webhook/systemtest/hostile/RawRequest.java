package com.ccplatform.webhook.systemtest.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One `POST /webhook` exactly as it goes on the wire, including what a well-behaved client will not send: a
 * Content-Length that lies, a chunked body, a header repeated. {@code halfClose} ends the client's side after the body.
 */
record RawRequest(List<Map.Entry<String, String>> headers, byte[] body, Framing framing, long declaredLength,
                  boolean halfClose) {

    /** How the body's end is told to the server. */
    enum Framing { CONTENT_LENGTH, CHUNKED }

    static RawRequest json(byte[] body, String signature) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Content-Type", "application/json"));
        if (signature != null) {
            headers.add(Map.entry("X-Hub-Signature-256", signature));
        }
        return new RawRequest(List.copyOf(headers), body, Framing.CONTENT_LENGTH, body.length, false);
    }

    RawRequest withHeaders(List<Map.Entry<String, String>> replaced) {
        return new RawRequest(List.copyOf(replaced), body, framing, declaredLength, halfClose);
    }

    RawRequest chunked() {
        return new RawRequest(headers, body, Framing.CHUNKED, -1, halfClose);
    }

    RawRequest declaring(long length, boolean closeAfterBody) {
        return new RawRequest(headers, body, Framing.CONTENT_LENGTH, length, closeAfterBody);
    }

    /** The request line and headers. */
    byte[] head(int port) {
        StringBuilder head = new StringBuilder("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1:").append(port).append("\r\n");
        for (Map.Entry<String, String> header : headers) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append(framing == Framing.CHUNKED ? "Transfer-Encoding: chunked" : "Content-Length: " + declaredLength);
        return head.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The body as framed: raw, or in 64 KiB chunks ending with the last chunk. */
    byte[] framedBody() {
        if (framing == Framing.CONTENT_LENGTH) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 1024);
        int chunk = 64 * 1024;
        for (int at = 0; at < body.length; at += chunk) {
            int size = Math.min(chunk, body.length - at);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
