package com.ccplatform.webhook.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The service jar running as a child process (`java [opts] -jar`), configured only by environment variables, in
 * its own working directory so no stray `.env` is read; its output goes to a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final InetSocketAddress address;
    private final long startedAt;

    private ServiceProcess(Process process, InetSocketAddress address, long startedAt) {
        this.process = process;
        this.address = address;
        this.startedAt = startedAt;
    }

    /**
     * How a JVM is started: its {@code java} executable and what goes before it on the command line (e.g.
     * {@code taskset -c 0}, as a 1-CPU limit would have it).
     */
    public record Launcher(Path java, List<String> prefix) {

        /** The JVM running the benchmark, nothing in front. */
        public static Launcher current() {
            return new Launcher(Path.of(System.getProperty("java.home"), "bin", "java"), List.of());
        }

        public Launcher pinnedTo(String cpus) {
            return new Launcher(java, List.of("taskset", "-c", cpus));
        }
    }

    /** Starts the jar with the given JVM options and environment; {@code PORT} is set to {@code port}. */
    public static ServiceProcess start(Launcher launcher, Path jar, List<String> jvmOptions,
                                       Map<String, String> environment, int port, Path workDir) throws IOException {
        return start(launcher, jvmOptions, List.of("-jar", jar.toAbsolutePath().toString()), environment, port,
                workDir);
    }

    /** Starts {@code mainClass} from {@code classpath} with {@code args}, as {@link #start(Launcher, Path, List, Map, int, Path)}. */
    public static ServiceProcess startMain(Launcher launcher, Path classpath, String mainClass, List<String> args,
                                           List<String> jvmOptions, int port, Path workDir) throws IOException {
        List<String> launch = new ArrayList<>(List.of("-cp", classpath.toAbsolutePath().toString(), mainClass));
        launch.addAll(args);
        return start(launcher, jvmOptions, launch, BenchmarkOptions.DEPLOYED_ENVIRONMENT, port, workDir);
    }

    private static ServiceProcess start(Launcher launcher, List<String> jvmOptions, List<String> launch,
                                        Map<String, String> environment, int port, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(launcher.prefix());
        command.add(launcher.java().toString());
        command.addAll(jvmOptions);
        command.addAll(launch);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("service.log").toFile());
        // only what the service is given: a developer's own MINIO_ENDPOINT or .env must not leak into the run
        builder.environment().keySet().retainAll(Set.of("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ", "USER"));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        long startedAt = System.nanoTime();
        return new ServiceProcess(builder.start(), new InetSocketAddress("127.0.0.1", port), startedAt);
    }

    /** A port free on loopback right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public long pid() {
        return process.pid();
    }

    public InetSocketAddress address() {
        return address;
    }

    /**
     * Polls `GET /ready` every 20 ms until it answers 200 and returns how long after the process was started that
     * was; fails if the process exits or the timeout passes.
     */
    public Duration awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int lastStatus = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the service exited with code " + process.exitValue() + " before it was ready");
            }
            try (KeepAliveConnection connection = new KeepAliveConnection(address)) {
                lastStatus = connection.get("/ready").status();
                if (lastStatus == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedAt);
                }
            } catch (IOException notListeningYet) {
                lastStatus = -1;
            }
            Thread.sleep(20);
        }
        throw new IOException("the service was not ready within " + timeout + " (last /ready status " + lastStatus
                + ")");
    }

    /** Stops the service as Kubernetes would (SIGTERM), forcibly after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
