package com.ccplatform.webhook.systemtest.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service as a process of its own (`java ... bootstrap.Main` on this test's classpath), for faults that are
 * about the process: a signal, an exit. Its port is read from the start-up banner; its output is kept.
 */
public final class ChildService implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    private ChildService(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "fault-child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the service with {@code env} in {@code workDirectory} and waits (up to 60 s) for its banner. */
    static ChildService start(Map<String, String> env, Path workDirectory) throws Exception {
        return start(env, workDirectory, List.of("-Xmx256m"));
    }

    /** As {@link #start(Map, Path)}, with the given JVM options (e.g. the production image's). */
    public static ChildService start(Map<String, String> env, Path workDirectory, List<String> jvmOptions)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.ccplatform.webhook.bootstrap.Main"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        ChildService child = new ChildService(builder.start());
        try {
            child.port.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            child.close();
            throw new IllegalStateException("the service did not start; its output:\n"
                    + String.join("\n", child.output), e);
        }
        return child;
    }

    /** How a process that was expected to stop by itself ended: its exit code and everything it printed. */
    public record Exit(int code, List<String> output) {
    }

    /**
     * Starts the service as {@link #start(Map, Path, List)} does and waits (up to 60 s) for it to exit by itself, as
     * it must when its configuration is refused; fails if it is still running then.
     */
    public static Exit runToExit(Map<String, String> env, Path workDirectory, List<String> jvmOptions)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.ccplatform.webhook.bootstrap.Main"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<List<String>> output = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                return lines.lines().toList();
            } catch (IOException e) {
                return List.of("(output unreadable: " + e.getMessage() + ")");
            }
        });
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the service did not exit by itself; it printed:\n"
                    + String.join("\n", output.getNow(List.of())));
        }
        return new Exit(process.exitValue(), output.get(10, TimeUnit.SECONDS));
    }

    public int port() {
        return port.join();
    }

    public Process process() {
        return process;
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        port.completeExceptionally(new IllegalStateException("the service exited before it listened"));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
