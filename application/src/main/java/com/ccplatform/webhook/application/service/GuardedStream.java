package com.ccplatform.webhook.application.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Wraps a download on its way to the store: counts bytes, fails the read that crosses the size limit (so a lying or
 * absent Content-Length cannot smuggle in a larger file) and computes the SHA-256 of what passed through.
 */
final class GuardedStream extends FilterInputStream {

    /** Thrown by a read that would pass the limit; the store sees a failed stream and abandons the upload. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(long limit) {
            super("attachment exceeds " + limit + " bytes");
        }
    }

    private final long limit;
    private final MessageDigest sha256;
    private long count;
    private boolean limitExceeded;
    private boolean sourceFailed;

    GuardedStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = fromSource(() -> super.read());
        if (b >= 0) {
            account(1);
            sha256.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = fromSource(() -> super.read(buffer, offset, length));
        if (n > 0) {
            account(n);
            sha256.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping would leave bytes out of the checksum");
    }

    /** A read of the download itself; its failure (a reset, a stall past the deadline) is the source's, not the store's. */
    private int fromSource(SourceRead read) throws IOException {
        try {
            return read.read();
        } catch (IOException e) {
            sourceFailed = true;
            throw e;
        }
    }

    private interface SourceRead {
        int read() throws IOException;
    }

    private void account(int n) throws LimitExceeded {
        count += n;
        if (count > limit) {
            limitExceeded = true;
            throw new LimitExceeded(limit);
        }
    }

    long count() {
        return count;
    }

    boolean limitExceeded() {
        return limitExceeded;
    }

    /** True when reading the download failed (as opposed to the store refusing what it was given). */
    boolean sourceFailed() {
        return sourceFailed;
    }

    /** The digest of every byte read so far; call once, at the end. */
    byte[] sha256() {
        return sha256.digest();
    }
}
