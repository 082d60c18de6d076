package com.ccplatform.webhook.adapter.minio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The attachment stream as the MinIO client reads it: remembers the first failure of the source itself (so the
 * caller gets that cause, not the client's wrapping), and can be abandoned from another thread when the upload
 * runs out of time, after which every read fails and the client gives the upload up.
 */
final class WatchedSource extends FilterInputStream {

    private volatile IOException sourceFailure;
    private volatile boolean abandoned;

    WatchedSource(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        checkNotAbandoned();
        int b;
        try {
            b = super.read();
        } catch (IOException e) {
            throw remember(e);
        }
        checkNotAbandoned();
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkNotAbandoned();
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (IOException e) {
            throw remember(e);
        }
        // a read blocked when we gave up may still return data: it must not reach the store
        checkNotAbandoned();
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        checkNotAbandoned();
        return super.skip(n);
    }

    /** Gives the transfer up: fails later reads and closes the source, which unblocks a read stuck on a socket. */
    void abandon() {
        abandoned = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // the source is being dropped; a failure to close it changes nothing for the caller
        }
    }

    /** The source's own failure, when it had one (a broken download, the size guard tripping...). */
    Optional<IOException> sourceFailure() {
        return Optional.ofNullable(sourceFailure);
    }

    private IOException remember(IOException e) {
        if (!abandoned && sourceFailure == null) {
            sourceFailure = e;
        }
        return e;
    }

    private void checkNotAbandoned() throws IOException {
        if (abandoned) {
            throw new IOException("upload abandoned: out of time");
        }
    }
}
