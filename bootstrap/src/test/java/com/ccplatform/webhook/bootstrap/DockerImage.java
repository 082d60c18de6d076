package com.ccplatform.webhook.bootstrap;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's Dockerfile as the deploy tests need it: the ENV of its final stage, its JVM options, its user. */
final class DockerImage {

    static final long MIB = 1024L * 1024;

    private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"([^\"]*)\"|(\\S+))");

    private final List<String> finalStage;

    private DockerImage(List<String> finalStage) {
        this.finalStage = finalStage;
    }

    /** The Dockerfile's instructions from its last FROM on, continuation lines joined, comments dropped. */
    static DockerImage read() {
        String joined = ProjectFiles.read("Dockerfile").replaceAll("\\\\\\r?\\n", " ");
        List<String> lines = Arrays.stream(joined.split("\\r?\\n")).map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (instruction(lines.get(i)).equals("FROM")) {
                from = i;
            }
        }
        return new DockerImage(lines.subList(from, lines.size()));
    }

    /** The `ENV NAME=value` pairs of the final stage (what the running container gets). */
    Map<String, String> env() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : finalStage) {
            if (instruction(line).equals("ENV")) {
                Matcher pair = ENV_PAIR.matcher(line.substring(3));
                while (pair.find()) {
                    values.put(pair.group(1), pair.group(3) != null ? pair.group(3) : pair.group(4));
                }
            }
        }
        return values;
    }

    List<String> javaOptions() {
        String options = env().get("JAVA_OPTS");
        if (options == null) {
            throw new AssertionError("the Dockerfile sets no ENV JAVA_OPTS");
        }
        return Arrays.asList(options.strip().split("\\s+"));
    }

    /** The size an option such as `-Xmx` or `-XX:MaxMetaspaceSize=` gives, in bytes, if the options set it. */
    Optional<Long> sizeOption(String prefix) {
        return javaOptions().stream().filter(o -> o.startsWith(prefix)).reduce((first, last) -> last)
                .map(o -> jvmSize(o.substring(prefix.length())));
    }

    /** The user the container runs as: the last `USER` (its uid part). */
    String user() {
        String user = null;
        for (String line : finalStage) {
            if (instruction(line).equals("USER")) {
                user = line.substring(4).strip().split(":")[0];
            }
        }
        return user;
    }

    static long jvmSize(String value) {
        String digits = value.replaceAll("[kKmMgG]$", "");
        long number = Long.parseLong(digits);
        return switch (value.substring(digits.length()).toLowerCase(Locale.ROOT)) {
            case "k" -> number * 1024;
            case "m" -> number * MIB;
            case "g" -> number * 1024 * MIB;
            default -> number;
        };
    }

    private static String instruction(String line) {
        return line.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    }
}
