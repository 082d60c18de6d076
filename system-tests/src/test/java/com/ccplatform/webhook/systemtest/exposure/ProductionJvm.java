package com.ccplatform.webhook.systemtest.exposure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options production runs with, read from the project's own Dockerfile (`ENV JAVA_OPTS="..."`), so a memory
 * test and the image cannot drift apart: 96 MiB heap, exit on OutOfMemoryError.
 */
public final class ProductionJvm {

    private static final Pattern JAVA_OPTS = Pattern.compile("ENV JAVA_OPTS=\"([^\"]+)\"");
    private static final Pattern MALLOC_ARENA = Pattern.compile("ENV MALLOC_ARENA_MAX=(\\d+)");

    private ProductionJvm() {
    }

    /** The Dockerfile's options plus a GC log in {@code gcLog}, from which the test reads the heap after each GC. */
    static List<String> options(Path gcLog) {
        List<String> options = new ArrayList<>(dockerfileOptions());
        options.add("-Xlog:gc:file=" + gcLog);
        return options;
    }

    /** The heap the Dockerfile gives, in MiB (its `-Xmx`). */
    static long heapMib() {
        for (String option : dockerfileOptions()) {
            if (option.startsWith("-Xmx") && option.endsWith("m")) {
                return Long.parseLong(option.substring(4, option.length() - 1));
            }
        }
        throw new IllegalStateException("no -Xmx<n>m in the Dockerfile's JAVA_OPTS: " + dockerfileOptions());
    }

    public static List<String> dockerfileOptions() {
        Path dockerfile = projectRoot().resolve("Dockerfile");
        try {
            Matcher matcher = JAVA_OPTS.matcher(Files.readString(dockerfile));
            if (!matcher.find()) {
                throw new IllegalStateException("no ENV JAVA_OPTS=\"...\" line in " + dockerfile);
            }
            return Arrays.asList(matcher.group(1).trim().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Dockerfile's ENV the JVM itself reads (the glibc malloc arena cap), for the child's environment. */
    static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        Matcher matcher = MALLOC_ARENA.matcher(dockerfile());
        if (matcher.find()) {
            env.put("MALLOC_ARENA_MAX", matcher.group(1));
        }
        return env;
    }

    private static String dockerfile() {
        try {
            return Files.readString(projectRoot().resolve("Dockerfile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path projectRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("Dockerfile"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no Dockerfile above " + System.getProperty("user.dir"));
        }
        return dir;
    }
}
