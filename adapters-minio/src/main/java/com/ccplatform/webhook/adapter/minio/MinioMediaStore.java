package com.ccplatform.webhook.adapter.minio;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.application.port.out.HealthProbe;
import com.ccplatform.webhook.application.port.out.MediaStore;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.media.ObjectKey;
import io.minio.BucketExistsArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.ObjectWriteResponse;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.errors.MinioException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.LongSupplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media store on MinIO or any S3 API (FRD 3.2): streams each attachment into a multipart upload of unknown length
 * (memory per transfer bounded by the part size), gives up when the request's deadline or the upload timeout passes,
 * and signs 7-day GET URLs locally. Call {@link #ensureBucket()} at start; {@link #close()} at shutdown.
 */
public final class MinioMediaStore implements MediaStore, HealthProbe, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MinioMediaStore.class);
    private static final Duration HEALTH_TIMEOUT = Duration.ofMillis(500);
    private static final Duration HEALTH_CACHE = Duration.ofSeconds(5);
    /** The use case deletes inside the 1 s it keeps for publishing: wait a little, let the rest finish on its own. */
    private static final Duration DELETE_WAIT = Duration.ofMillis(250);

    private final MinioSettings settings;
    private final MinioAsyncClient client;
    private final MinioAsyncClient signer;
    private final ExecutorService uploads;
    private final CachedProbe health;
    /** Uploads given up on and still running: their clean-up is already arranged, see {@link #abandon}. */
    private final Set<ObjectKey> abandoned = ConcurrentHashMap.newKeySet();

    /** Builds the clients only: no network call until the first use, so an unreachable store does not stop start-up. */
    public MinioMediaStore(MinioSettings settings) {
        this(settings, System::nanoTime);
    }

    MinioMediaStore(MinioSettings settings, LongSupplier nanoClock) {
        this.settings = settings;
        OkHttpClient http = MinioClients.http(settings);
        this.client = MinioClients.forCalls(settings, http);
        this.signer = MinioClients.forSigning(settings, http);
        this.uploads = Executors.newCachedThreadPool(UploadThreads.named("minio-upload-"));
        this.health = new CachedProbe(this::probe, HEALTH_CACHE, nanoClock);
    }

    /**
     * Creates the bucket when it is missing (FRD 5.2); the bootstrap calls this once at start.
     *
     * @throws DependencyUnavailableException when the store cannot be reached or refuses
     */
    public void ensureBucket() throws DependencyUnavailableException {
        String bucket = settings.bucket();
        try {
            if (!await(client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()), startTimeout())) {
                await(client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build()), startTimeout());
                log.info("created bucket {} at {}", bucket, settings.endpointUrl());
            }
        } catch (Exception e) {
            throw new DependencyUnavailableException("minio", "bucket " + bucket + " at " + settings.endpointUrl()
                    + " could not be checked or created: " + S3Failures.describe(e), S3Failures.unwrap(e));
        }
    }

    @Override
    public void store(ObjectKey key, MimeType type, InputStream content, Deadline deadline)
            throws MediaTransferException {
        Deadline limit = deadline.capped(settings.uploadTimeout());
        if (limit.isExpired()) {
            throw new MediaTransferException(MediaFailure.UPLOAD_FAILED, "no time left to upload");
        }
        WatchedSource source = new WatchedSource(content);
        PutObjectArgs args = PutObjectArgs.builder().bucket(settings.bucket()).object(key.value())
                .stream(source, -1L, settings.partSize()).contentType(type.value()).build();
        // the client reads the first part before it returns its future, so even that read runs under our clock
        CompletableFuture<ObjectWriteResponse> upload = CompletableFuture
                .supplyAsync(() -> client.putObject(args), uploads).thenCompose(Function.identity());
        try {
            upload.get(limit.remainingMillisAtLeastOne(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(key, source, upload);
            throw new MediaTransferException(MediaFailure.UPLOAD_FAILED, "upload did not finish in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(key, source, upload);
            throw new MediaTransferException(MediaFailure.UPLOAD_FAILED, "upload interrupted");
        } catch (Exception e) {
            throw failed(source, e);
        }
    }

    @Override
    public String presignedGetUrl(ObjectKey key, Duration validity) throws MediaTransferException {
        try {
            return signer.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Http.Method.GET)
                    .bucket(settings.bucket()).object(key.value())
                    .expiry(Math.toIntExact(validity.toSeconds()), TimeUnit.SECONDS).build());
        } catch (MinioException e) {
            throw new MediaTransferException(MediaFailure.UPLOAD_FAILED, "could not sign a URL", e);
        }
    }

    /**
     * Removes the object. An upload this store gave up on is not asked about now: the store is then likely silent,
     * and waiting here would hold the webhook past its deadline; {@link #abandon} removes it if it ever completes.
     */
    @Override
    public void delete(ObjectKey key) {
        if (abandoned.remove(key)) {
            return;
        }
        remove(key);
    }

    private void remove(ObjectKey key) {
        try {
            await(client.removeObject(RemoveObjectArgs.builder().bucket(settings.bucket()).object(key.value())
                    .build()), DELETE_WAIT);
        } catch (TimeoutException e) {
            log.warn("delete of object {} still pending after {} ms; it goes on in the background", key,
                    DELETE_WAIT.toMillis());
        } catch (Exception e) {
            log.warn("could not delete object {}: {}", key, S3Failures.describe(e));
        }
    }

    @Override
    public String name() {
        return "minio";
    }

    /** Whether the bucket answers; the answer is kept a few seconds so `/health` stays cheap. */
    @Override
    public ProbeResult check() {
        return health.get();
    }

    @Override
    public void close() {
        uploads.shutdownNow();
        client.close();
    }

    private ProbeResult probe() {
        try {
            boolean exists = await(client.bucketExists(BucketExistsArgs.builder().bucket(settings.bucket()).build()),
                    HEALTH_TIMEOUT);
            return exists ? ProbeResult.up("bucket " + settings.bucket() + " reachable")
                    : ProbeResult.down("bucket " + settings.bucket() + " missing");
        } catch (TimeoutException e) {
            return ProbeResult.down("no answer within " + HEALTH_TIMEOUT.toMillis() + " ms");
        } catch (Exception e) {
            return ProbeResult.down(S3Failures.describe(e));
        }
    }

    /**
     * Gives up on a transfer still running: the source fails its next read (the client then aborts the multipart
     * upload), and should the upload complete anyway, its object is removed so nothing partial stays behind.
     */
    private void abandon(ObjectKey key, WatchedSource source, CompletableFuture<ObjectWriteResponse> upload) {
        abandoned.add(key);
        source.abandon();
        upload.whenCompleteAsync((done, failure) -> {
            abandoned.remove(key);
            if (failure == null) {
                remove(key);
            }
        }, uploads);
    }

    private MediaTransferException failed(WatchedSource source, Exception e) {
        if (source.sourceFailure().isPresent()) {
            return new MediaTransferException(MediaFailure.UPLOAD_FAILED, "the attachment stream failed during upload",
                    source.sourceFailure().get());
        }
        return new MediaTransferException(MediaFailure.UPLOAD_FAILED, "upload failed: " + S3Failures.describe(e),
                S3Failures.unwrap(e));
    }

    private Duration startTimeout() {
        return settings.uploadTimeout();
    }

    /** Waits for a call; an interrupt is kept on the thread and reported as the failure. */
    private static <T> T await(CompletableFuture<T> future, Duration timeout) throws Exception {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }
}
