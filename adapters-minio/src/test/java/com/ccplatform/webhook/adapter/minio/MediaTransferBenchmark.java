package com.ccplatform.webhook.adapter.minio;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.testkit.GeneratedAttachment;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.media.ObjectKey;
import io.minio.MinioAsyncClient;
import io.minio.PutObjectArgs;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Moves a 20 MB attachment through {@link MinioMediaStore} (from a generated stream, as the use case feeds a download)
 * and, in the same run, uploads the same bytes with a bare MinIO client {@code putObject}; prints both times, their
 * ratio (target: the store within 15% of the bare upload) and each one's peak heap.
 *
 * <p>Run: {@code ./mvnw -B -ntp -q -pl adapters-minio -am test-compile -Dmedia-bench}. Uses {@code MINIO_ENDPOINT}
 * (with {@code MINIO_ACCESS_KEY}, {@code MINIO_SECRET_KEY}) when set, else S3Proxy in a separate JVM so that the
 * server's memory is not counted.
 */
public final class MediaTransferBenchmark {

    private static final int SIZE = 20 * 1024 * 1024;
    private static final int WARMUP_ROUNDS = 2;
    private static final int MEASURED_ROUNDS = 7;
    private static final MimeType TYPE = new MimeType("image/png");

    private record Sample(long nanos, long peakHeapBytes) {
    }

    private interface Upload {
        void run(String key) throws Exception;
    }

    private MediaTransferBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Process serverJvm = null;
        String[] s3;
        if (System.getenv("MINIO_ENDPOINT") != null) {
            S3TestServer server = S3TestServer.shared();
            s3 = new String[] {"S3", server.endpoint(), server.accessKey(), server.secretKey(), server.kind()};
        } else {
            serverJvm = startServerJvm();
            s3 = announcedServer(serverJvm);
            s3[4] = "separate JVM running " + s3[4];
        }
        try {
            run(MinioSettings.defaults(s3[1], s3[2], s3[3]).withBucket("media-bench"), s3[4]);
        } finally {
            if (serverJvm != null) {
                serverJvm.getOutputStream().close();
                serverJvm.destroy();
            }
        }
    }

    private static void run(MinioSettings settings, String serverKind) throws Exception {
        System.out.printf("media-bench: %d MB attachment, %s, heap max %d MB, server: %s%n", SIZE >> 20,
                settings.endpointUrl(), Runtime.getRuntime().maxMemory() >> 20, serverKind);
        try (MinioMediaStore store = new MinioMediaStore(settings);
             MinioAsyncClient bare = MinioAsyncClient.builder().endpoint(settings.endpointUrl())
                     .region(settings.region()).credentials(settings.accessKey(), settings.secretKey()).build()) {
            store.ensureBucket();
            Upload throughStore = key -> store.store(new ObjectKey(key), TYPE, GeneratedAttachment.of(SIZE),
                    Deadline.in(Duration.ofMinutes(2)));
            Upload barePut = key -> bare.putObject(PutObjectArgs.builder().bucket(settings.bucket()).object(key)
                    .stream(GeneratedAttachment.of(SIZE), -1L, settings.partSize()).contentType(TYPE.value())
                    .build()).get();
            for (int i = 0; i < WARMUP_ROUNDS; i++) {
                measure(throughStore);
                measure(barePut);
            }
            List<Sample> storeSamples = new ArrayList<>();
            List<Sample> bareSamples = new ArrayList<>();
            for (int i = 0; i < MEASURED_ROUNDS; i++) {
                storeSamples.add(measure(throughStore));
                bareSamples.add(measure(barePut));
            }
            report(storeSamples, bareSamples);
        }
    }

    private static Sample measure(Upload upload) throws Exception {
        HeapBoundUpload.resetPeaks();
        long started = System.nanoTime();
        upload.run("bench/" + UUID.randomUUID() + ".png");
        long nanos = System.nanoTime() - started;
        return new Sample(nanos, HeapBoundUpload.peakHeapBytes());
    }

    private static void report(List<Sample> store, List<Sample> bare) {
        long storeMedian = median(store.stream().map(Sample::nanos).toList());
        long bareMedian = median(bare.stream().map(Sample::nanos).toList());
        double ratio = (double) storeMedian / bareMedian;
        System.out.printf("  MinioMediaStore.store : median %6.1f ms  (runs: %s)  peak heap median %5.1f MB, max %5.1f MB%n",
                storeMedian / 1e6, millis(store), mb(median(peaks(store))), mb(Collections.max(peaks(store))));
        System.out.printf("  bare putObject        : median %6.1f ms  (runs: %s)  peak heap median %5.1f MB, max %5.1f MB%n",
                bareMedian / 1e6, millis(bare), mb(median(peaks(bare))), mb(Collections.max(peaks(bare))));
        System.out.printf("  ratio store/bare      : %.3f  -> %s (target: within 15%% of bare)%n", ratio,
                ratio <= 1.15 ? "WITHIN TARGET" : "OVER TARGET");
    }

    private static Process startServerJvm() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), S3ServerMain.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The server JVM's `S3 ...` line; the lines before it are its fixture's own report. */
    private static String[] announcedServer(Process serverJvm) throws Exception {
        BufferedReader lines = new BufferedReader(
                new InputStreamReader(serverJvm.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("S3 ")) {
                return line.split(" ", 5);
            }
        }
        throw new IllegalStateException("the S3 server JVM ended without announcing itself");
    }

    private static List<Long> peaks(List<Sample> samples) {
        return samples.stream().map(Sample::peakHeapBytes).toList();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String millis(List<Sample> samples) {
        return samples.stream().map(s -> String.format("%.0f", s.nanos() / 1e6)).toList().toString();
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
