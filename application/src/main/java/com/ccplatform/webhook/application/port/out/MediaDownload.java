package com.ccplatform.webhook.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An open download: the body as a stream (never buffered whole), and what the server said about it. Closing it
 * releases the connection.
 */
public record MediaDownload(InputStream body, String contentType, long contentLength) implements AutoCloseable {

    public MediaDownload {
        Objects.requireNonNull(body, "body");
    }

    public Optional<String> declaredContentType() {
        return Optional.ofNullable(contentType).filter(t -> !t.isBlank());
    }

    /** The announced length, when the server sent a `Content-Length`. */
    public OptionalLong declaredLength() {
        return contentLength >= 0 ? OptionalLong.of(contentLength) : OptionalLong.empty();
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
