package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.Deadline;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A download body that cannot outlive its deadline: when the deadline passes, the underlying stream is closed (which
 * wakes a read blocked on a stalled server) and every read from then on fails with a {@link SocketTimeoutException}.
 * Closing the JDK's response stream ends it like a normal end of file; this wrapper turns that into the failure it is.
 */
final class DeadlineBoundStream extends FilterInputStream {

    private final ScheduledFuture<?> alarm;
    private volatile boolean expired;

    DeadlineBoundStream(InputStream in, Deadline deadline, ScheduledExecutorService scheduler) {
        super(in);
        this.alarm = scheduler.schedule(this::expire, deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
    }

    private void expire() {
        expired = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader sees the deadline failure either way
        }
    }

    @Override
    public int read() throws IOException {
        failIfExpired();
        try {
            int b = super.read();
            failIfExpired();
            return b;
        } catch (IOException e) {
            failIfExpired();
            throw e;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        failIfExpired();
        try {
            int n = super.read(buffer, offset, length);
            failIfExpired();
            return n;
        } catch (IOException e) {
            failIfExpired();
            throw e;
        }
    }

    private void failIfExpired() throws SocketTimeoutException {
        if (expired) {
            throw new SocketTimeoutException("attachment download passed its deadline");
        }
    }

    @Override
    public void close() throws IOException {
        alarm.cancel(false);
        super.close();
    }
}
