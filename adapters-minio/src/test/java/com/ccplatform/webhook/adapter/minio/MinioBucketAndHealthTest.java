package com.ccplatform.webhook.adapter.minio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.application.port.out.HealthProbe.ProbeResult;
import io.minio.BucketExistsArgs;
import io.minio.MinioAsyncClient;
import io.minio.RemoveBucketArgs;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The bucket is created at start when missing; the `minio` health probe answers quickly and caches its answer. */
class MinioBucketAndHealthTest {

    private static final S3TestServer server = S3TestServer.shared();
    private static final MinioAsyncClient raw = server.client();

    @AfterAll
    static void closeClient() {
        raw.close();
    }

    @Test
    void ensureBucketCreatesAMissingBucketAndLeavesAnExistingOne() throws Exception {
        String bucket = S3TestServer.newBucketName("created");
        assertThat(bucketExists(bucket)).isFalse();
        try (MinioMediaStore store = new MinioMediaStore(server.settings(bucket))) {
            store.ensureBucket();
            assertThat(bucketExists(bucket)).isTrue();

            store.ensureBucket();
            assertThat(bucketExists(bucket)).isTrue();
        }
    }

    @Test
    void anUnreachableStoreCanBeBuiltButEnsureBucketSaysMinioIsUnavailable() {
        try (MinioMediaStore store = new MinioMediaStore(
                MinioSettings.defaults(S3TestServer.deadEndpoint(), "key", "secret"))) {
            DependencyUnavailableException e = catchThrowableOfType(DependencyUnavailableException.class,
                    store::ensureBucket);

            assertThat(e.dependency()).isEqualTo("minio");
            assertThat(e.getMessage()).contains("media-outbound").contains("127.0.0.1").doesNotContain("secret");
        }
    }

    @Test
    void probeIsNamedMinioAndUpWhenTheBucketAnswers() throws Exception {
        try (MinioMediaStore store = storeWithBucket(S3TestServer.newBucketName("health"))) {
            assertThat(store.name()).isEqualTo("minio");
            assertThat(store.check().healthy()).isTrue();
        }
    }

    @Test
    void probeIsDownAndQuickWhenTheStoreIsUnreachable() {
        try (MinioMediaStore store = new MinioMediaStore(
                MinioSettings.defaults(S3TestServer.deadEndpoint(), "key", "secret"))) {
            long started = System.nanoTime();
            ProbeResult result = store.check();

            assertThat(result.healthy()).isFalse();
            assertThat(result.detail()).isNotBlank().doesNotContain("secret");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void probeIsDownWhenTheBucketIsMissing() {
        try (MinioMediaStore store = new MinioMediaStore(server.settings(S3TestServer.newBucketName("absent")))) {
            ProbeResult result = store.check();

            assertThat(result.healthy()).isFalse();
            assertThat(result.detail()).contains("missing");
        }
    }

    @Test
    void probeKeepsItsAnswerForAFewSecondsThenAsksAgain() throws Exception {
        String bucket = S3TestServer.newBucketName("cached");
        AtomicLong nanos = new AtomicLong();
        try (MinioMediaStore store = new MinioMediaStore(server.settings(bucket), nanos::get)) {
            store.ensureBucket();
            assertThat(store.check().healthy()).isTrue();

            raw.removeBucket(RemoveBucketArgs.builder().bucket(bucket).build()).get();
            nanos.addAndGet(Duration.ofSeconds(4).toNanos());
            assertThat(store.check().healthy()).as("still the cached answer").isTrue();

            nanos.addAndGet(Duration.ofSeconds(2).toNanos());
            assertThat(store.check().healthy()).as("asked again after 5 s").isFalse();
        }
    }

    private static MinioMediaStore storeWithBucket(String bucket) throws Exception {
        MinioMediaStore store = new MinioMediaStore(server.settings(bucket));
        store.ensureBucket();
        return store;
    }

    private static boolean bucketExists(String bucket) throws Exception {
        return raw.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()).get();
    }
}
