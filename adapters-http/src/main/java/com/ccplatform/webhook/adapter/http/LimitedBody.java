package com.ccplatform.webhook.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body once, as bytes, up to a hard cap. The cap counts the bytes actually read, so a chunked body or
 * a Content-Length that lies cannot get past it; a declared length over the cap is refused before reading anything.
 */
final class LimitedBody {

    private static final int BUFFER = 16 * 1024;

    private LimitedBody() {
    }

    /** The body is over the cap. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super("request body over the cap", null, false, false);
        }
    }

    /** {@code declaredLength} is the Content-Length, or -1 when there is none (chunked). */
    static byte[] read(InputStream in, long declaredLength, long cap) throws TooLarge, IOException {
        if (declaredLength > cap) {
            throw new TooLarge();
        }
        int expected = declaredLength >= 0 ? (int) declaredLength : BUFFER;
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, expected));
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > cap) {
                throw new TooLarge();
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
