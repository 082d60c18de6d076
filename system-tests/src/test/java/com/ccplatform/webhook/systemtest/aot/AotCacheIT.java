package com.ccplatform.webhook.systemtest.aot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ccplatform.webhook.systemtest.exposure.ProductionJvm;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's AOT cache (issue 15), as the Dockerfile makes and uses it: the training run on the packaged jar
 * answers every shape as production does, and on the image's JVM it writes a cache that the service then starts
 * on with `-XX:AOTMode=on`, which refuses to start rather than run without a cache it cannot use.
 */
class AotCacheIT {

    private static final Path JAR = projectRoot().resolve("bootstrap/target/genesys-webhook-service.jar");
    private static final String TRAINING = "com.ccplatform.webhook.bootstrap.AotTraining";
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern RUNTIME_IMAGE = Pattern.compile("(?m)^FROM eclipse-temurin:(\\d+)-jre");

    @TempDir
    Path work;

    @Test
    void theTrainingRunAnswersEveryShapeAsProductionDoesOnAnyJvm() throws Exception {
        List<String> command = new ArrayList<>(List.of(javaOf(Path.of(System.getProperty("java.home")))));
        command.addAll(ProductionJvm.dockerfileOptions());
        command.addAll(List.of("-cp", jar(), TRAINING, "3"));

        Run run = run(command, Duration.ofSeconds(90));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("aot-training: ").contains("text={200=").contains("forged={403=")
                .doesNotContain("expected only");
    }

    @Test
    void onTheImagesJvmTheTrainingWritesACacheTheServiceStartsOn() throws Exception {
        int feature = imageJavaFeature();
        Optional<Path> jdk = installedJdk(feature);
        assumeTrue(jdk.isPresent(), "no JDK " + feature + " (the image's runtime) under /usr/lib/jvm or in JDK"
                + feature + "_HOME: the AOT cache cannot be made here");
        String java = javaOf(jdk.get());
        Path cache = work.resolve("service.aot");
        List<String> training = new ArrayList<>(List.of(java));
        training.addAll(ProductionJvm.dockerfileOptions());
        training.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-cp", jar(), TRAINING, "5"));

        Run trained = run(training, Duration.ofMinutes(3));

        assertThat(trained.exitCode()).as(trained.output()).isZero();
        assertThat(cache).isRegularFile();
        assertThat(Files.size(cache)).isGreaterThan(1 << 20);

        List<String> service = new ArrayList<>(List.of(java));
        service.addAll(ProductionJvm.dockerfileOptions());
        service.addAll(List.of("-XX:AOTCache=" + cache, "-XX:AOTMode=on", "-jar", jar()));
        ProcessBuilder builder = new ProcessBuilder(service).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().keySet().retainAll(List.of("PATH", "HOME", "LANG", "TMPDIR"));
        builder.environment().put("PORT", "0");
        Process process = builder.start();
        try {
            int port = awaitPort(process, Duration.ofSeconds(60));
            HttpResponse<String> live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/ready")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(live.statusCode()).isEqualTo(200);
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(List<String> command, Duration bound) throws IOException, InterruptedException {
        Path log = work.resolve("run-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().retainAll(List.of("PATH", "HOME", "LANG", "TMPDIR"));
        Process process = builder.start();
        if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish within " + bound + ": " + Files.readString(log));
        }
        // the service's own JSON lines are many; what the training says of itself is on its last lines
        List<String> lines = Files.readAllLines(log);
        return new Run(process.exitValue(), String.join("\n",
                lines.stream().filter(line -> !line.startsWith("{")).toList()));
    }

    private static int awaitPort(Process process, Duration bound) throws IOException, InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        StringBuilder seen = new StringBuilder();
        var reader = process.inputReader();
        while (System.nanoTime() < end) {
            String line = reader.readLine();
            if (line == null) {
                throw new AssertionError("the service exited (code " + process.waitFor() + ") before listening:\n"
                        + seen);
            }
            seen.append(line).append('\n');
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                Thread drain = new Thread(() -> process.inputReader().lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new AssertionError("the service did not listen within " + bound + ":\n" + seen);
    }

    private static String jar() {
        assertThat(JAR).as("the packaged service jar; this test runs in `./mvnw verify`, after package").exists();
        return JAR.toString();
    }

    private static int imageJavaFeature() throws IOException {
        Matcher matcher = RUNTIME_IMAGE.matcher(Files.readString(projectRoot().resolve("Dockerfile")));
        assertThat(matcher.find()).as("a FROM eclipse-temurin:<n>-jre line in the Dockerfile").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    /** A JDK of that feature release: JDK<n>_HOME, else one under /usr/lib/jvm whose release file says so. */
    static Optional<Path> installedJdk(int feature) throws IOException {
        String home = System.getenv("JDK" + feature + "_HOME");
        if (home != null && !home.isBlank()) {
            return Optional.of(Path.of(home));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("release"))
                    && Files.isExecutable(dir.resolve("bin/java"))
                    && releaseFeature(dir.resolve("release")) == feature).sorted().findFirst();
        }
    }

    private static int releaseFeature(Path release) {
        try {
            Matcher matcher = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String javaOf(Path home) {
        return home.resolve("bin").resolve("java").toString();
    }

    private static Path projectRoot() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        return Files.isRegularFile(here.resolve("Dockerfile")) ? here : here.getParent();
    }
}
