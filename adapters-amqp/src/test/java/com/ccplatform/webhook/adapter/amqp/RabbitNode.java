package com.ccplatform.webhook.adapter.amqp;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A RabbitMQ node of a test's own beside the machine's default one, which it never touches: its own node name, AMQP
 * and distribution ports, directories and config file (`listeners.tcp.local` plus the test's lines). The Debian
 * scripts run it as the rabbitmq user when root starts it, with that user's Erlang cookie, so such nodes can cluster.
 * {@link #close()} stops it and deletes its directory; a JVM exit does too, for a node a failed test left running.
 */
public final class RabbitNode implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Set<RabbitNode> NOT_CLOSED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> NOT_CLOSED.forEach(RabbitNode::killAndDelete),
                "rabbit-nodes"));
    }

    private final String name;
    private final int port;
    private final Path directory;
    private final Map<String, String> environment;
    private volatile boolean running;

    private RabbitNode(String name, int port, Path directory, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.directory = directory;
        this.environment = environment;
    }

    /** True when rabbitmq-server and rabbitmqctl are on the PATH. */
    public static boolean installed() {
        return onPath("rabbitmq-server") && onPath("rabbitmqctl");
    }

    /** Prepares (does not start) a node named `<prefix>-<random>@localhost`; {@code config} goes into its file. */
    public static RabbitNode prepare(String prefix, String config) throws IOException {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 6) + "@localhost";
        int port = freePort();
        Path directory = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "rabbitmq-" + name));
        Files.createDirectories(directory.resolve("mnesia"));
        Files.createDirectories(directory.resolve("log"));
        Files.writeString(directory.resolve("node.conf"), "listeners.tcp.local = 127.0.0.1:" + port + "\n" + config);
        Files.writeString(directory.resolve("enabled_plugins"), "[].\n");
        Map<String, String> env = Map.of("RABBITMQ_NODENAME", name, "RABBITMQ_NODE_PORT", String.valueOf(port),
                "RABBITMQ_DIST_PORT", String.valueOf(freePort()),
                "RABBITMQ_MNESIA_BASE", directory.resolve("mnesia").toString(),
                "RABBITMQ_LOG_BASE", directory.resolve("log").toString(),
                "RABBITMQ_FEATURE_FLAGS_FILE", directory.resolve("feature_flags").toString(),
                "RABBITMQ_ENABLED_PLUGINS_FILE", directory.resolve("enabled_plugins").toString(),
                "RABBITMQ_CONFIG_FILE", directory.resolve("node.conf").toString(),
                "RABBITMQ_PID_FILE", directory.resolve("node.pid").toString());
        NodeFiles.giveToRabbitmqUser(directory);
        RabbitNode node = new RabbitNode(name, port, directory, env);
        NOT_CLOSED.add(node);
        return node;
    }

    /** Starts the node in the background (as the rabbitmq user); {@link #awaitStartup()} waits for it. */
    public RabbitNode start() throws IOException {
        running = true;
        ProcessBuilder builder = new ProcessBuilder("rabbitmq-server", "-detached").redirectErrorStream(true);
        builder.environment().putAll(environment);
        run(builder, "rabbitmq-server -detached");
        return this;
    }

    /** Waits until the node runs RabbitMQ (its Erlang VM may not even be up when this is called). */
    public RabbitNode awaitStartup() throws IOException, InterruptedException {
        long end = System.nanoTime() + STARTUP.toNanos();
        while (true) {
            try {
                ctl("await_startup", "--timeout", "60");
                return this;
            } catch (IOException notYet) {
                if (System.nanoTime() > end) {
                    throw new IOException(name + " did not start; its log:\n" + NodeFiles.logTail(directory), notYet);
                }
                TimeUnit.MILLISECONDS.sleep(300);
            }
        }
    }

    /** Makes this node a member of {@code seed}'s cluster: stop_app, join_cluster, start_app. */
    public void join(RabbitNode seed) throws IOException {
        ctl("stop_app");
        ctl("join_cluster", seed.name);
        ctl("start_app");
    }

    /** Stops the node and waits until its process has gone; its data stays, so {@link #start()} brings it back. */
    public void stop() throws IOException {
        ctl("stop", directory.resolve("node.pid").toString());
        running = false;
    }

    /** Runs {@code rabbitmqctl -q -n <this node> args} and returns its output lines. */
    public List<String> ctl(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q", "-n", name));
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command).redirectErrorStream(true), "rabbitmqctl " + String.join(" ", args))
                .lines().filter(line -> !line.isBlank()).toList();
    }

    public String name() {
        return name;
    }

    /** The node's plain AMQP port on 127.0.0.1. */
    public int port() {
        return port;
    }

    public Path directory() {
        return directory;
    }

    /** Stops the node if it runs, and deletes its directory. */
    @Override
    public void close() throws IOException {
        try {
            if (running) {
                stop();
            }
        } finally {
            killAndDelete();
            NOT_CLOSED.remove(this);
        }
    }

    @Override
    public String toString() {
        return name + " (127.0.0.1:" + port + ")";
    }

    /** A loopback port nothing listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Kills the node if it still runs (its stop failed, the JVM exits mid-test), then deletes its files. */
    private void killAndDelete() {
        if (running) {
            NodeFiles.pid(directory.resolve("node.pid")).flatMap(ProcessHandle::of).filter(NodeFiles::isErlang)
                    .ifPresent(NodeFiles::kill);
            running = false;
        }
        NodeFiles.delete(directory);
    }

    private static String run(ProcessBuilder builder, String what) throws IOException {
        Process process = builder.start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(what + " failed: " + output.strip());
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(what + " interrupted", e);
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> new File(dir, program).canExecute());
    }
}
