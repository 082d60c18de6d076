package com.ccplatform.webhook.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Trains the service's AOT cache as the image build does (see the Dockerfile): the service's own training run,
 * `java -XX:AOTCacheOutput=... -cp <jar> com.ccplatform.webhook.bootstrap.AotTraining`, with the service's JVM and
 * options (it brings its own broker and Tenant Service). Returns the options that start the service on it.
 */
final class AotTrainingRun {

    static final String TRAINING_MAIN = "com.ccplatform.webhook.bootstrap.AotTraining";
    static final int TRAINING_SECONDS = 30;

    private AotTrainingRun() {
    }

    /** The JVM options for {@code --aot}: none, the given cache, or one trained now into the output directory. */
    static List<String> optionsFor(BenchmarkOptions options) throws IOException, InterruptedException {
        if (options.aotOff()) {
            return List.of();
        }
        Path cache = options.aot().equals("train") ? train(options) : Path.of(options.aot());
        if (!Files.isRegularFile(cache)) {
            throw new IllegalArgumentException("--aot: no AOT cache at " + cache.toAbsolutePath());
        }
        return List.of("-XX:AOTCache=" + cache.toAbsolutePath());
    }

    private static Path train(BenchmarkOptions options) throws IOException, InterruptedException {
        Path workDir = options.outputDir().resolve("aot-training").toAbsolutePath();
        Files.createDirectories(workDir);
        Path cache = workDir.resolve("service.aot");
        Files.deleteIfExists(cache);
        List<String> command = new ArrayList<>(List.of(options.serviceJava().toString()));
        command.addAll(options.serviceJvmOptions());
        command.add("-XX:AOTCacheOutput=" + cache);
        command.addAll(List.of("-cp", options.jar().toAbsolutePath().toString(), TRAINING_MAIN,
                Integer.toString(TRAINING_SECONDS)));
        Progress.say("AOT cache: training run of %d s with %s", TRAINING_SECONDS, options.serviceJava());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("training.log").toFile());
        builder.environment().keySet().retainAll(Set.of("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ", "USER"));
        builder.environment().putAll(BenchmarkOptions.DEPLOYED_ENVIRONMENT);
        long started = System.nanoTime();
        Process training = builder.start();
        if (!training.waitFor(5, TimeUnit.MINUTES) || training.exitValue() != 0 || !Files.isRegularFile(cache)) {
            training.destroyForcibly();
            throw new IOException("the AOT training run failed; see " + workDir.resolve("training.log"));
        }
        Progress.say("AOT cache: %s, %.1f MiB, trained in %d s", cache, Files.size(cache) / 1048576.0,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        return cache;
    }
}
