package com.ccplatform.webhook.adapter.minio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store streams: memory per transfer is bounded by the part size, not by the attachment.
 *
 * <p>Why this method: counting allocated bytes counts garbage too, and heap peaks in a test JVM include S3Proxy, JUnit
 * and whatever the GC has not collected yet. Instead each upload runs in a JVM of its own with a 40 MB heap and only
 * the production classpath. In that heap the client itself needs about 9 MB and MinIO's part buffer up to 12 MB
 * while it grows to 5 MiB; a copy of a 20 MB attachment does not fit beside them. The control run proves it: the
 * same upload from an attachment held in one array dies with OutOfMemoryError. So when the streamed upload succeeds
 * in that heap, and so does one three times larger, the store cannot have held the attachment, once or twice.
 */
class StreamingMemoryTest {

    private static final String HEAP = "-Xmx40m";
    private static final int MB = 1024 * 1024;
    private static final S3TestServer server = S3TestServer.shared();
    private static final String bucket = S3TestServer.newBucketName("memory");

    @BeforeAll
    static void createBucket() throws Exception {
        try (MinioMediaStore store = new MinioMediaStore(server.settings(bucket))) {
            store.ensureBucket();
        }
    }

    @Test
    void aTwentyMegabyteAttachmentStreamsThroughAFortyMegabyteHeap() throws Exception {
        Run run = upload("streamed", 20 * MB);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("stored heap/");
    }

    @Test
    void holdingTheSameAttachmentInMemoryOnceDoesNotFitInThatHeap() throws Exception {
        Run run = upload("held", 20 * MB);

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("OutOfMemoryError");
    }

    @Test
    void threeTimesTheHeapStreamsThroughItToo() throws Exception {
        Run run = upload("streamed", 120 * MB);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("stored heap/");
    }

    private record Run(int exitCode, String output) {
    }

    private Run upload(String mode, int size) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), HEAP, "-XX:+UseG1GC",
                "-XX:+ExitOnOutOfMemoryError", "-cp", productionClasspath(), HeapBoundUpload.class.getName()));
        command.addAll(List.of(server.endpoint(), server.accessKey(), server.secretKey(), bucket, mode,
                Integer.toString(size)));
        Path log = Files.createTempFile("heap-bound-upload", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                throw new AssertionError("upload JVM did not finish within 3 minutes");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.println("[StreamingMemoryTest] " + mode + " " + size / MB + " MB with " + HEAP + ": exit "
                    + process.exitValue() + " " + lastLine(output));
            return new Run(process.exitValue(), output);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /** Our classes, the testkit and the runtime dependencies: not S3Proxy's hundred jars, whose indexes fill heap. */
    private static String productionClasspath() throws IOException {
        Path target = Path.of("target");
        return String.join(File.pathSeparator, target.resolve("test-classes").toString(),
                target.resolve("classes").toString(),
                Files.readString(target.resolve("testkit-classpath.txt")).trim(),
                Files.readString(target.resolve("runtime-classpath.txt")).trim());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String lastLine(String output) {
        String trimmed = output.trim();
        return trimmed.substring(trimmed.lastIndexOf('\n') + 1);
    }
}
