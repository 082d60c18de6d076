package com.ccplatform.webhook.adapter.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.Connection;
import org.apache.qpid.server.model.Port;
import org.apache.qpid.server.model.SystemConfig;

/**
 * An in-process AMQP 0-9-1 broker (Apache Qpid Broker-J, in memory, guest/guest on 127.0.0.1) for running the service
 * and its tests without RabbitMQ. Messages live only as long as the broker.
 */
public final class EmbeddedAmqpBroker implements AutoCloseable {

    private static final String CONFIG = """
            {"name": "EmbeddedBroker", "modelVersion": "9.0",
             "authenticationproviders": [{"name": "plain", "type": "Plain", "secureOnlyMechanisms": [],
               "users": [{"name": "guest", "password": "guest", "type": "managed"}]}],
             "ports": [{"name": "AMQP", "port": "%d", "bindingAddress": "127.0.0.1", "authenticationProvider": "plain",
               "protocols": ["AMQP_0_9_1"],
               "virtualhostaliases": [{"name": "nameAlias", "type": "nameAlias"},
                                      {"name": "defaultAlias", "type": "defaultAlias"}]}],
             "virtualhostnodes": [{"name": "default", "type": "Memory", "defaultVirtualHostNode": "true",
               "virtualHostInitialConfiguration": "{\\"type\\": \\"Memory\\"}"}]}
            """;

    private final SystemLauncher launcher;
    private final AtomicReference<SystemConfig<?>> system;
    private final Path workDir;
    private final int port;

    private EmbeddedAmqpBroker(SystemLauncher launcher, AtomicReference<SystemConfig<?>> system, Path workDir, int port) {
        this.launcher = launcher;
        this.system = system;
        this.workDir = workDir;
        this.port = port;
    }

    /** Starts a broker on 127.0.0.1:{@code port}; port 0 picks a free one. */
    public static EmbeddedAmqpBroker start(int port) {
        QuietLogging.turnDownBrokerLoggers();
        int chosen = port == 0 ? freePort() : port;
        try {
            Path workDir = Files.createTempDirectory("embedded-amqp-");
            Path config = workDir.resolve("config.json");
            Files.writeString(config, String.format(CONFIG, chosen), StandardCharsets.UTF_8);
            AtomicReference<SystemConfig<?>> system = new AtomicReference<>();
            SystemLauncher launcher = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
                @Override
                public void onContainerResolve(SystemConfig<?> systemConfig) {
                    system.set(systemConfig);
                }
            });
            launcher.startup(Map.of("type", "Memory", "initialConfigurationLocation", config.toUri().toURL().toString(),
                    "startupLoggedToSystemOut", false, "qpid.work_dir", workDir.toString()));
            detachShutdownHook(system.get());
            return new EmbeddedAmqpBroker(launcher, system, workDir, chosen);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded AMQP broker", e);
        } catch (Exception e) {
            throw new IllegalStateException("embedded AMQP broker did not start on port " + chosen, e);
        }
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    /** Drops every client connection as a broker-side close would; queued messages stay. Returns how many. */
    public int dropConnections() {
        SystemConfig<?> config = system.get();
        if (config == null) {
            return 0;
        }
        int dropped = 0;
        Broker<?> broker = config.getContainer(Broker.class);
        for (Port<?> amqpPort : broker.getPorts()) {
            for (Connection<?> connection : amqpPort.getConnections()) {
                connection.deleteAsync();
                dropped++;
            }
        }
        return dropped;
    }

    @Override
    public void close() {
        launcher.shutdown();
        deleteQuietly(workDir);
    }

    /**
     * Qpid registers a JVM shutdown hook that stops the broker the moment the JVM is told to stop, racing the
     * service's own graceful stop (in-flight requests still waiting for their confirms). The broker's owner closes
     * it, last; so the hook is removed. Should Qpid change its internals, the broker simply keeps its hook.
     */
    private static void detachShutdownHook(SystemConfig<?> config) {
        if (config == null) {
            return;
        }
        Broker<?> broker = config.getContainer(Broker.class);
        for (Class<?> type = broker.getClass(); type != null; type = type.getSuperclass()) {
            try {
                java.lang.reflect.Field field = type.getDeclaredField("_shutdownHook");
                field.setAccessible(true);
                Runtime.getRuntime().removeShutdownHook((Thread) field.get(broker));
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (ReflectiveOperationException | RuntimeException e) {
                return;
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded AMQP broker", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
