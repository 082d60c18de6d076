package com.ccplatform.webhook.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JVM the production image runs (the Dockerfile's `FROM eclipse-temurin:<n>-jre`), found on this machine: the
 * benchmark measures the service on it by default. {@code JDK<n>_HOME}, else the JVM running the benchmark when it is
 * that release, else a JDK of that release under /usr/lib/jvm.
 */
final class ImageJvm {

    /** The Dockerfile's runtime release; BenchmarkOptionsTest holds the two equal. */
    static final int FEATURE = 25;

    private static final Pattern JAVA_VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private ImageJvm() {
    }

    static Optional<Path> java() {
        String home = System.getenv("JDK" + FEATURE + "_HOME");
        if (home != null && !home.isBlank()) {
            return Optional.of(Path.of(home, "bin", "java"));
        }
        if (Runtime.version().feature() == FEATURE) {
            return Optional.of(Path.of(System.getProperty("java.home"), "bin", "java"));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(dir -> Files.isExecutable(dir.resolve("bin/java")) && feature(dir) == FEATURE)
                    .sorted().findFirst().map(dir -> dir.resolve("bin/java"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int feature(Path jdk) {
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(jdk.resolve("release")));
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
