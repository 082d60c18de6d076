package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the container's memory request and limit against the JVM options the image runs with (the Dockerfile's
 * JAVA_OPTS). The rule:
 * <ul>
 *   <li>request ≥ heap (`-Xmx`) + `MaxMetaspaceSize` + `ReservedCodeCacheSize`: the pools the options cap fit the
 *   request at their caps; what they do not cap (thread stacks, direct buffers, GC and VM internals) lives in what
 *   the capped pools leave unused, which is what the benchmark measures;</li>
 *   <li>request = the RSS budget the load benchmark holds the service to (benchmarks' `Summary.MAX_RSS_BYTES`), so
 *   the figure the options were measured against is the one Kubernetes reserves;</li>
 *   <li>limit ≥ request + direct memory (`MaxDirectMemorySize`, which defaults to the heap) +
 *   {@link #NATIVE_ALLOWANCE}: the worst case of everything the options do not cap stays under the line where the
 *   kernel kills the pod.</li>
 * </ul>
 */
class MemoryBudgetTest {

    static final long MIB = DockerImage.MIB;
    /**
     * Thread stacks and VM internals beyond the capped pools. Measured with native memory tracking, the jar on these
     * options under 600 requests at once: 184 threads (142 in Jetty's pool) with 21 MiB of stack committed, 12 MiB of
     * shared class data, 8 MiB of symbols, 5 MiB of arenas, 4 MiB more of GC, compiler and other internals: 50 MiB.
     */
    static final long NATIVE_ALLOWANCE = 64 * MIB;
    private static final Pattern BENCHMARK_BUDGET = Pattern.compile("MAX_RSS_BYTES = (\\d+)L \\* 1024 \\* 1024;");
    private static final Pattern QUANTITY = Pattern.compile("([0-9.]+)(Ki|Mi|Gi|Ti|k|M|G|T)?");
    private static final Map<String, Long> UNITS = Map.of("", 1L, "Ki", 1024L, "Mi", MIB, "Gi", 1024 * MIB,
            "Ti", 1024 * 1024 * MIB, "k", 1000L, "M", 1000_000L, "G", 1000_000_000L, "T", 1000_000_000_000L);

    private final Manifests manifests = Manifests.load();
    private final DockerImage image = DockerImage.read();

    @Test
    void theRequestHoldsTheHeapMetaspaceAndCodeCacheAtTheirCaps() {
        long capped = cap("-Xmx") + cap("-XX:MaxMetaspaceSize=") + cap("-XX:ReservedCodeCacheSize=");

        assertThat(resource("requests") / MIB).as("memory request (MiB) against the capped pools of %s",
                image.javaOptions()).isGreaterThanOrEqualTo(capped / MIB);
    }

    @Test
    void theRequestIsTheBudgetTheLoadBenchmarkMeasuresRssAgainst() {
        String source = ProjectFiles.read("benchmarks/src/main/java/com/ccplatform/webhook/benchmark/Summary.java");
        Matcher budget = BENCHMARK_BUDGET.matcher(source);

        assertThat(budget.find()).as("benchmarks' Summary declares %s", BENCHMARK_BUDGET).isTrue();
        assertThat(resource("requests") / MIB).as("memory request (MiB) against the benchmark's RSS budget")
                .isEqualTo(Long.parseLong(budget.group(1)));
    }

    @Test
    void theLimitHoldsTheWorstCaseOfWhatTheOptionsDoNotCap() {
        long direct = image.sizeOption("-XX:MaxDirectMemorySize=").orElse(cap("-Xmx"));

        assertThat(resource("limits") / MIB).as("memory limit (MiB)")
                .isGreaterThanOrEqualTo((resource("requests") + direct + NATIVE_ALLOWANCE) / MIB);
    }

    @Test
    void quantitiesAreReadInKubernetesUnits() {
        assertThat(bytes("256Mi")).isEqualTo(256 * MIB);
        assertThat(bytes("1Gi")).isEqualTo(1024 * MIB);
        assertThat(bytes("268435456")).isEqualTo(256 * MIB);
        assertThat(bytes("300M")).isEqualTo(300_000_000L);
    }

    private long cap(String option) {
        return image.sizeOption(option).orElseThrow(() -> new AssertionError("JAVA_OPTS sets no " + option
                + ": an uncapped pool cannot be budgeted (" + image.javaOptions() + ")"));
    }

    private long resource(String kind) {
        String quantity = manifests.container().path("resources").path(kind).path("memory").asText(null);
        assertThat(quantity).as("resources.%s.memory", kind).isNotNull();
        return bytes(quantity);
    }

    static long bytes(String quantity) {
        Matcher matcher = QUANTITY.matcher(quantity);
        assertThat(matcher.matches()).as("a memory quantity: %s", quantity).isTrue();
        String unit = matcher.group(2) == null ? "" : matcher.group(2);
        return new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(UNITS.get(unit))).longValueExact();
    }
}
