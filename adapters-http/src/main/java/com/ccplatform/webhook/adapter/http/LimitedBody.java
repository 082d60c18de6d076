package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.Deadline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Reads a request body once, as bytes, up to a hard cap and within the request's deadline. The cap counts the bytes
 * actually read, so a chunked body or a Content-Length that lies cannot get past it; a declared length over the cap is
 * refused before reading anything. A body still arriving when the deadline passes is abandoned.
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

    /** The body had not all arrived when the deadline passed. */
    static final class TooSlow extends Exception {
        TooSlow() {
            super("request body not received within the deadline", null, false, false);
        }
    }

    /**
     * {@code declaredLength} is the Content-Length, or -1 when there is none (chunked). One blocked read is bounded by
     * the server's idle timeout, set to the request deadline, so a silent client costs at most about twice that.
     */
    static byte[] read(InputStream in, long declaredLength, long cap, Deadline deadline)
            throws TooLarge, TooSlow, IOException {
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
            if (deadline.isExpired()) {
                throw new TooSlow();
            }
        }
        return out.toByteArray();
    }

    /**
     * Reads and drops what is left of a refused body as it arrives, at most {@code limit} bytes, giving up once
     * nothing has arrived for {@code patience}: closing the connection with unread bytes resets it, and a client
     * still writing its body would then never read the answer. It never waits in a blocking read, so a client that
     * declared a body and sends none costs only the patience. Errors end it quietly: the answer goes out either way.
     */
    static void discardArriving(InputStream in, long limit, Duration patience) {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        long quietSince = System.nanoTime();
        try {
            while (total < limit) {
                int available = in.available();
                if (available > 0) {
                    int read = in.read(buffer, 0, Math.min(available, buffer.length));
                    if (read < 0) {
                        return;
                    }
                    total += read;
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince > patience.toNanos() || in.read(buffer, 0, 0) < 0) {
                    // quiet for long enough, or the end of the body (a zero-length read returns -1 there at once)
                    return;
                } else {
                    Thread.sleep(2);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away: nothing left to protect
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
