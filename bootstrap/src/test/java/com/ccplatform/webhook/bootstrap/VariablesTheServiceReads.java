package com.ccplatform.webhook.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables the service reads, found in the main sources of the modules its jar is made of: a Java
 * string literal that is a variable name on its own (`env.integer("PORT", ...)`, a constant, a list of names) or a
 * `${NAME:-default}` in a resource (logback.xml reads LOG_LEVEL). `benchmarks` is left out: it is a load generator
 * that sets these variables for the service it starts, not part of the service.
 */
final class VariablesTheServiceReads {

    private static final Pattern JAVA_NAME = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern RESOURCE_NAME = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Set<String> NOT_THE_SERVICE = Set.of("benchmarks");

    private VariablesTheServiceReads() {
    }

    static Set<String> names() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> modules = Files.list(ProjectFiles.root())) {
            for (Path module : modules.filter(m -> !NOT_THE_SERVICE.contains(m.getFileName().toString())).toList()) {
                collect(module.resolve("src/main/java"), JAVA_NAME, names);
                collect(module.resolve("src/main/resources"), RESOURCE_NAME, names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static void collect(Path sources, Pattern name, Set<String> names) throws IOException {
        if (!Files.isDirectory(sources)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            // ISO-8859-1 reads any bytes: a binary resource cannot fail the scan, and names are ASCII
            Matcher matcher = name.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
    }
}
