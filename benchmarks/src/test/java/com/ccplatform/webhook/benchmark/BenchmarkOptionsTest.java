package com.ccplatform.webhook.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    @Test
    void byDefaultEveryPhaseRunsAndTheBrokerOnlyPublisherUsesTheServicesTwoQueues() {
        BenchmarkOptions options = BenchmarkOptions.parse();

        assertThat(options.service()).isTrue();
        assertThat(options.floor()).isTrue();
        assertThat(options.floorMode()).isEqualTo("async-hop");
        assertThat(options.brokerQueues()).isEqualTo(2);
        assertThat(options.jmh()).isTrue();
    }

    @Test
    void brokerOnlySkipsTheServiceAndTheFloor() {
        BenchmarkOptions options = BenchmarkOptions.parse("--broker-only");

        assertThat(options.service()).isFalse();
        assertThat(options.floor()).isFalse();
    }

    @Test
    void noServiceKeepsTheFloor() {
        BenchmarkOptions options = BenchmarkOptions.parse("--no-service", "--floor-mode=async", "--broker-queues", "1");

        assertThat(options.service()).isFalse();
        assertThat(options.floor()).isTrue();
        assertThat(options.floorMode()).isEqualTo("async");
        assertThat(options.brokerQueues()).isEqualTo(1);
    }

    @Test
    void refusesValuesItCannotMeasure() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--broker-queues=3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--broker-queues is 1 or 2");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--floor-mode=reactive"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--floor-mode is blocking, async or async-hop");
    }

    @Test
    void theServiceIsMeasuredWithTheDockerfilesJvmOptionsAndEnvironment() throws Exception {
        Path dockerfile = Path.of(System.getProperty("user.dir")).resolve("../Dockerfile").normalize();
        String text = Files.readString(dockerfile);

        assertThat(text).contains("ENV JAVA_OPTS=\"" + BenchmarkOptions.DEPLOYED_JVM_OPTIONS + "\"");
        BenchmarkOptions.DEPLOYED_ENVIRONMENT.forEach((name, value) ->
                assertThat(text).contains("ENV " + name + "=" + value));
    }

    @Test
    void theServiceRunsOnTheImagesJvmAndOnAnAotCacheTrainedAsTheImageBuildTrainsIt() throws Exception {
        Path dockerfile = Path.of(System.getProperty("user.dir")).resolve("../Dockerfile").normalize();
        String text = Files.readString(dockerfile);

        assertThat(text).contains("FROM eclipse-temurin:" + ImageJvm.FEATURE + "-jre")
                .contains("-XX:AOTCacheOutput=").contains(AotTrainingRun.TRAINING_MAIN + " "
                        + AotTrainingRun.TRAINING_SECONDS)
                .contains("ENV AOT_OPTS=\"-XX:AOTCache=");
    }

    @Test
    void aGivenJavaRunsWithoutACacheUnlessOneIsAskedFor() {
        BenchmarkOptions given = BenchmarkOptions.parse("--service-java=/opt/jdk/bin/java");
        BenchmarkOptions asked = BenchmarkOptions.parse("--service-java=/opt/jdk/bin/java", "--aot=train");

        assertThat(given.serviceJava()).isEqualTo(Path.of("/opt/jdk/bin/java"));
        assertThat(given.aotOff()).isTrue();
        assertThat(asked.aot()).isEqualTo("train");
    }

    @Test
    void aPinnedRunIsOnCpuZeroUnlessTurnedOff() {
        assertThat(BenchmarkOptions.parse().pinCpus()).isEqualTo("0");
        assertThat(BenchmarkOptions.parse("--pin-cpus=none").pinCpus()).isEmpty();
        assertThat(BenchmarkOptions.parse("--pin-cpus=1").pinCpus()).isEqualTo("1");
    }
}
