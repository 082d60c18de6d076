package com.ccplatform.webhook.adapter.minio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.application.testkit.GeneratedAttachment;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.media.ObjectKey;
import io.minio.ListMultipartUploadsArgs;
import io.minio.MinioAsyncClient;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An upload never outlives the request's deadline or the upload timeout, and what it gives up leaves nothing behind. */
class MinioUploadLimitsTest {

    private static final MimeType PNG = new MimeType("image/png");
    private static final S3TestServer server = S3TestServer.shared();
    private static final String bucket = S3TestServer.newBucketName("limits");
    private static final MinioAsyncClient raw = server.client();

    @BeforeAll
    static void createBucket() throws Exception {
        try (MinioMediaStore store = new MinioMediaStore(server.settings(bucket))) {
            store.ensureBucket();
        }
    }

    @AfterAll
    static void closeClient() {
        raw.close();
    }

    @Test
    void aSourceThatStallsIsAbandonedAtTheDeadlineAndLeavesNoObjectNorPendingUpload() throws Exception {
        assertStalledUploadIsAbandoned(MinioSettings.DEFAULT_UPLOAD_TIMEOUT, Duration.ofSeconds(1));
    }

    @Test
    void aSourceThatStallsIsAbandonedAtTheUploadTimeoutEvenWithTimeLeftInTheRequest() throws Exception {
        assertStalledUploadIsAbandoned(Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    @Test
    void anExpiredDeadlineFailsWithoutReadingTheSource() throws Exception {
        CountingStream source = new CountingStream();
        try (MinioMediaStore store = new MinioMediaStore(server.settings(bucket))) {
            MediaTransferException e = catchThrowableOfType(MediaTransferException.class, () ->
                    store.store(newKey(), PNG, source, Deadline.in(Duration.ZERO)));

            assertThat(e.failure()).isEqualTo(MediaFailure.UPLOAD_FAILED);
            assertThat(source.reads).isZero();
        }
    }

    @Test
    void aSizeGuardTrippingInTheSourceIsUploadFailedWithTheGuardAsCause() throws Exception {
        IOException tooLarge = new IOException("attachment exceeds 20971520 bytes");
        ObjectKey key = newKey();
        try (MinioMediaStore store = new MinioMediaStore(server.settings(bucket))) {
            MediaTransferException e = catchThrowableOfType(MediaTransferException.class, () -> store.store(key, PNG,
                    GeneratedAttachment.failingAfter(12 * 1024 * 1024, tooLarge), Deadline.in(Duration.ofSeconds(30))));

            assertThat(e.failure()).isEqualTo(MediaFailure.UPLOAD_FAILED);
            assertThat(e.getCause()).isSameAs(tooLarge);
            assertNoTraceOf(key);
        }
    }

    private void assertStalledUploadIsAbandoned(Duration uploadTimeout, Duration requestBudget) throws Exception {
        ObjectKey key = newKey();
        // 6 MiB go through, so the first part is uploaded and a multipart upload is open when the source stalls
        StallingStream source = new StallingStream(6 * 1024 * 1024);
        try (MinioMediaStore store = new MinioMediaStore(server.settings(bucket).withUploadTimeout(uploadTimeout))) {
            long started = System.nanoTime();
            MediaTransferException e = catchThrowableOfType(MediaTransferException.class, () ->
                    store.store(key, PNG, source, Deadline.in(requestBudget)));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(e.failure()).isEqualTo(MediaFailure.UPLOAD_FAILED);
            assertThat(took).as("gave up long before the source's 60 s stall").isLessThan(Duration.ofSeconds(10));
            assertThat(source.closed).as("the stalled source was closed").isTrue();
            assertNoTraceOf(key);
        }
    }

    /** Neither an object nor an unfinished multipart upload remains (the client aborts it asynchronously). */
    private static void assertNoTraceOf(ObjectKey key) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(pendingUploads(key)).isZero();
            assertThat(exists(key)).isFalse();
        });
    }

    private static long pendingUploads(ObjectKey key) throws Exception {
        return raw.listMultipartUploads(ListMultipartUploadsArgs.builder().bucket(bucket).prefix(key.value()).build())
                .get().result().uploads().size();
    }

    private static boolean exists(ObjectKey key) throws Exception {
        try {
            raw.statObject(StatObjectArgs.builder().bucket(bucket).object(key.value()).build()).get();
            return true;
        } catch (ExecutionException e) {
            if (S3Failures.unwrap(e) instanceof ErrorResponseException) {
                return false;
            }
            throw e;
        }
    }

    private static ObjectKey newKey() {
        return new ObjectKey("limits/" + UUID.randomUUID() + ".png");
    }

    /** Gives some bytes, then blocks as a dead download connection would, until closed (as a socket unblocks). */
    private static final class StallingStream extends InputStream {
        private final InputStream head;
        private final CountDownLatch closedLatch = new CountDownLatch(1);
        private volatile boolean closed;

        StallingStream(int headBytes) {
            this.head = GeneratedAttachment.of(headBytes);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = head.read(b, off, len);
            if (n >= 0) {
                return n;
            }
            try {
                if (closedLatch.await(60, TimeUnit.SECONDS)) {
                    throw new IOException("stream closed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("stalled for 60 s");
        }

        @Override
        public void close() {
            closed = true;
            closedLatch.countDown();
        }
    }

    private static final class CountingStream extends InputStream {
        private int reads;

        @Override
        public int read() {
            reads++;
            return -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            reads++;
            return -1;
        }
    }
}
