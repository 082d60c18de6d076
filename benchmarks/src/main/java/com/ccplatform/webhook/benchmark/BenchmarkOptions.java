package com.ccplatform.webhook.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The load benchmark's command-line options (`--name=value` or `--name value`), with defaults for a ~2.5 min run. */
public record BenchmarkOptions(Path jar, int connections, int openConnections, Duration warmup, Duration duration,
                               int rate, Duration rateDuration, Duration overloadDuration, int overloadConnections,
                               long maxRequests, int tenants, int brokerChannels,
                               int brokerQueues,
                               String rabbitHost, int rabbitPort, String rabbitUser, String rabbitPassword,
                               List<String> serviceJvmOptions, Map<String, String> serviceEnvironment,
                               boolean brokerOnly, boolean service, boolean jmh, boolean floor,
                               String floorMode, boolean jfr,
                               Path outputDir, Path serviceJava, String aot, String pinCpus) {

    /** The Dockerfile's other ENV the JVM reads: measured as deployed (BenchmarkOptionsTest holds them equal). */
    public static final Map<String, String> DEPLOYED_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    /** The Dockerfile's JAVA_OPTS: the service is measured as it is deployed. */
    public static final String DEPLOYED_JVM_OPTIONS =
            "-Xms96m -Xmx96m -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError";

    public static final String USAGE = String.join("\n",
            "java -jar benchmarks/target/benchmarks.jar [options]   (run from the repository root)",
            "  --jar=PATH              service jar (bootstrap/target/genesys-webhook-service.jar)",
            "  --connections=N         keep-alive connections / in-flight publishes at max rate (64)",
            "  --open-connections=N    connections for the fixed-rate phase (128)",
            "  --warmup=SECONDS        closed-loop warm-up before measuring, JIT included (30)",
            "  --duration=SECONDS      closed-loop phase at max rate (20)",
            "  --rate=PER_SECOND       fixed-rate phase rate (1000)",
            "  --rate-duration=SECONDS fixed-rate phase length (20)",
            "  --overload=SECONDS      open loop at twice the measured max rate, after the fixed rate (20; 0 skips it)",
            "  --overload-connections=N connections for the overload phase, twice MAX_IN_FLIGHT_WEBHOOKS (1024)",
            "  --max-requests=N        cap on requests per phase (2000000)",
            "  --tenants=N             integrations, each with its own secret (10)",
            "  --broker-channels=N     confirm channels of the broker-only publisher, as the service's pool (4)",
            "  --broker-queues=1|2     broker-only publishes to 2 queues in the service's mix (14 outbound : 5 status)",
            "                          as the service does, or to 1 queue (2)",
            "  --rabbit-host/--rabbit-port/--rabbit-user/--rabbit-password   (127.0.0.1, 5672, guest, guest)",
            "  --service-jvm-options=\"...\"  (the Dockerfile's: " + DEPLOYED_JVM_OPTIONS + ")",
            "  --service-env=NAME=VALUE extra service environment variable, repeatable",
            "  --broker-only           skip the service; measure the broker ceiling only",
            "  --no-jmh                skip the JMH domain-path benchmark",
            "  --no-floor              skip the HTTP floor (Javalin + confirmed publish, no checks) phase",
            "  --floor-mode=blocking|async|async-hop  the floor's request thread waits for the confirm; or ctx.future,",
            "                          the reply written by the AMQP I/O thread, or handed to Jetty's pool as the",
            "                          service does (async-hop)",
            "  --no-service            skip the service phases (floor and broker-only still run)",
            "  --jfr                   record the service with JDK Flight Recorder (service.jfr in the output dir)",
            "  --service-java=PATH     the java that runs the service and the floor (the image's, Java "
                    + ImageJvm.FEATURE + ", when found: JDK" + ImageJvm.FEATURE + "_HOME or /usr/lib/jvm; else this one)",
            "  --aot=off|train|PATH    start the service on no AOT cache, on one trained first as the image build",
            "                          trains it (AotTraining), or on the given cache file (train on the image's",
            "                          JVM, as the image runs; else off)",
            "  --pin-cpus=LIST|none    also start a fresh service pinned with taskset to these CPUs, as under a",
            "                          1-CPU limit, and report its warm-up and max rate (0; none skips it)",
            "  --output=DIR            where the summary, service log and JFR go (benchmarks/target)");

    public static BenchmarkOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        Map<String, String> environment = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'\n" + USAGE);
            }
            String name = arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : arg.substring(2);
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                    : isFlag(name) ? "true" : i + 1 < args.length ? args[++i] : "";
            if (name.equals("service-env")) {
                environment.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
            } else {
                given.put(name, value);
            }
        }
        return of(given, environment);
    }

    private static BenchmarkOptions of(Map<String, String> o, Map<String, String> environment) {
        Path defaultOutput = Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks", "target")
                : Path.of("target");
        return new BenchmarkOptions(Path.of(o.getOrDefault("jar", "bootstrap/target/genesys-webhook-service.jar")),
                number(o, "connections", 64), number(o, "open-connections", 128), seconds(o, "warmup", 30),
                seconds(o, "duration", 20), number(o, "rate", 1000), seconds(o, "rate-duration", 20),
                Duration.ofSeconds(number(o, "overload", 20)), number(o, "overload-connections", 1024),
                Long.parseLong(o.getOrDefault("max-requests", "2000000")), number(o, "tenants", 10),
                number(o, "broker-channels", 4), queues(o), o.getOrDefault("rabbit-host", "127.0.0.1"),
                number(o, "rabbit-port", 5672), o.getOrDefault("rabbit-user", "guest"),
                o.getOrDefault("rabbit-password", "guest"),
                Arrays.asList(o.getOrDefault("service-jvm-options", DEPLOYED_JVM_OPTIONS).trim().split("\\s+")),
                Map.copyOf(environment), o.containsKey("broker-only"),
                !o.containsKey("broker-only") && !o.containsKey("no-service"), !o.containsKey("no-jmh"),
                !o.containsKey("no-floor") && !o.containsKey("broker-only"), floorMode(o),
                o.containsKey("jfr"), Path.of(o.getOrDefault("output", defaultOutput.toString())),
                serviceJava(o), aot(o), pinCpus(o));
    }

    public static boolean wantsHelp(String... args) {
        return Arrays.asList(args).contains("--help");
    }

    private static boolean isFlag(String name) {
        return List.of("broker-only", "no-service", "no-jmh", "no-floor", "jfr", "help").contains(name);
    }

    private static String floorMode(Map<String, String> o) {
        String mode = o.getOrDefault("floor-mode", "async-hop");
        if (!List.of("blocking", "async", "async-hop").contains(mode)) {
            throw new IllegalArgumentException("--floor-mode is blocking, async or async-hop, not " + mode + "\n"
                    + USAGE);
        }
        return mode;
    }

    /** The given java, else the image's (ImageJvm), else the one running the benchmark. */
    private static Path serviceJava(Map<String, String> o) {
        if (o.containsKey("service-java")) {
            return Path.of(o.get("service-java"));
        }
        return ImageJvm.java().orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /** As the image runs: on a cache trained as the image build trains it, when the service runs on the image's JVM. */
    private static String aot(Map<String, String> o) {
        if (o.containsKey("aot")) {
            return o.get("aot");
        }
        return !o.containsKey("service-java") && ImageJvm.java().isPresent() ? "train" : "off";
    }

    private static String pinCpus(Map<String, String> o) {
        String cpus = o.getOrDefault("pin-cpus", "0");
        return cpus.equals("none") ? "" : cpus;
    }

    /** True when the service starts on no AOT cache. */
    public boolean aotOff() {
        return aot.equals("off");
    }

    private static int queues(Map<String, String> o) {
        int queues = number(o, "broker-queues", 2);
        if (queues != 1 && queues != 2) {
            throw new IllegalArgumentException("--broker-queues is 1 or 2, not " + queues + "\n" + USAGE);
        }
        return queues;
    }

    private static int number(Map<String, String> o, String name, int fallback) {
        return o.containsKey(name) ? Integer.parseInt(o.get(name)) : fallback;
    }

    private static Duration seconds(Map<String, String> o, String name, int fallback) {
        String raw = o.getOrDefault(name, Integer.toString(fallback)).replace("s", "");
        return Duration.ofMillis((long) (Double.parseDouble(raw) * 1000));
    }
}
