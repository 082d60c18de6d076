package com.ccplatform.webhook.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.annotations.Mode;

/** Runs {@link DomainPathBenchmark} in one forked JVM and returns microseconds per webhook for each event kind. */
public final class JmhRun {

    private JmhRun() {
    }

    public static Map<String, Double> domainPathMicros() throws RunnerException {
        var options = new OptionsBuilder().include(DomainPathBenchmark.class.getName() + ".ingest")
                .forks(1).threads(1).mode(Mode.AverageTime).timeUnit(TimeUnit.MICROSECONDS)
                .warmupIterations(5).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .verbosity(VerboseMode.SILENT).build();
        Map<String, Double> micros = new TreeMap<>();
        for (RunResult result : new Runner(options).run()) {
            micros.put(result.getParams().getParam("kind"), result.getPrimaryResult().getScore());
        }
        return micros;
    }
}
