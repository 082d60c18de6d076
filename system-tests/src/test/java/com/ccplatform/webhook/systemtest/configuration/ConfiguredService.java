package com.ccplatform.webhook.systemtest.configuration;

import com.ccplatform.webhook.bootstrap.Main;
import com.ccplatform.webhook.systemtest.exposure.ProductionJvm;
import com.ccplatform.webhook.systemtest.faults.ChildService;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The service as a process of its own, as the image runs it (the Dockerfile's JVM options, the service's own JSON
 * logging), with exactly the configuration a test gives: every variable these tests are about is blank unless the
 * test sets it, so the shell that runs the build cannot leak a RABBITMQ_HOST in. Blank counts as unset, for the
 * service as for a ConfigMap key left empty.
 */
final class ConfiguredService {

    static final String REFUSAL = "genesys-webhook-service: configuration error: ";

    /** The variables that point at a real dependency (issue 13), written out here rather than taken from the code. */
    static final List<String> INFRASTRUCTURE = List.of("RABBITMQ_HOST", "MINIO_ENDPOINT", "MINIO_ACCESS_KEY",
            "MINIO_SECRET_KEY", "TENANT_SERVICE_URL", "TENANT_SERVICE_TOKEN", "AUTH_SERVICE_URL");

    private static final List<String> BLANK_UNLESS_GIVEN = List.of("ENVIRONMENT", "SERVICE_NAME", "ENFORCE_HTTPS",
            "TRUSTED_PROXIES", "RABBITMQ_PORT", "RABBITMQ_USERNAME", "RABBITMQ_PASSWORD", "RABBITMQ_VHOST",
            "OUTBOUND_QUEUE", "STATUS_QUEUE", "MINIO_BUCKET", "MINIO_SECURE", "AUTH_SERVICE_TOKEN", "LOG_LEVEL");

    private ConfiguredService() {
    }

    /** Starts the service in {@code directory} with {@code given} and waits for its banner. */
    static ChildService start(Path directory, Map<String, String> given) throws Exception {
        return ChildService.start(environment(given), directory, jvmOptions());
    }

    /** Starts the service in {@code directory} with {@code given}, as one that must refuse to start. */
    static ChildService.Exit runToExit(Path directory, Map<String, String> given) throws Exception {
        return ChildService.runToExit(environment(given), directory, jvmOptions());
    }

    /** What the process refused to start for: its configuration-error lines, without their prefix. */
    static List<String> refusals(ChildService.Exit exit) {
        return exit.output().stream().filter(line -> line.startsWith(REFUSAL))
                .map(line -> line.substring(REFUSAL.length())).toList();
    }

    /** The first line {@code wanted} accepts, waiting up to {@code bound} for the process to print it. */
    static Optional<String> awaitLine(ChildService service, Predicate<String> wanted, Duration bound)
            throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        do {
            Optional<String> line = service.output().stream().filter(wanted).findFirst();
            if (line.isPresent()) {
                return line;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        return Optional.empty();
    }

    private static Map<String, String> environment(Map<String, String> given) {
        Map<String, String> env = new HashMap<>();
        INFRASTRUCTURE.forEach(name -> env.put(name, ""));
        BLANK_UNLESS_GIVEN.forEach(name -> env.put(name, ""));
        env.put("PORT", "0");
        env.putAll(given);
        return env;
    }

    private static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(ProductionJvm.dockerfileOptions());
        options.add("-Dlogback.configurationFile=" + serviceLogbackXml());
        return options;
    }

    /**
     * The service's own logback.xml: the test classpath also holds the adapters' logback-test.xml, which Logback
     * would otherwise prefer, and which writes plain text instead of the service's JSON lines.
     */
    private static String serviceLogbackXml() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(location) ? location.resolve("logback.xml").toUri().toString()
                    : "jar:" + location.toUri() + "!/logback.xml";
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the service's classes", e);
        }
    }
}
