package com.ccplatform.webhook.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.in.ReportHealthUseCase.HealthReport;
import com.ccplatform.webhook.application.port.out.HealthProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

    @Test
    void healthyAndReadyWhenEveryProbeIsUp() {
        HealthReport report = new HealthService(List.of(probe("rabbitmq", true)), List.of(probe("minio", true)))
                .health();

        assertThat(report.healthy()).isTrue();
        assertThat(report.ready()).isTrue();
        assertThat(report.dependencies()).containsOnlyKeys("rabbitmq", "minio");
    }

    @Test
    void degradedAndNotReadyWhenADependencyRequiredForReadinessIsDown() {
        HealthReport report = new HealthService(List.of(probe("rabbitmq", false)), List.of(probe("minio", true)))
                .health();

        assertThat(report.healthy()).isFalse();
        assertThat(report.ready()).isFalse();
        assertThat(report.dependencies().get("rabbitmq").healthy()).isFalse();
        assertThat(report.blockingReadiness()).containsOnlyKeys("rabbitmq");
    }

    @Test
    void degradedButReadyWhenOnlyReportedDependenciesAreDown() {
        HealthReport report = new HealthService(List.of(probe("rabbitmq", true)),
                List.of(probe("minio", false), probe("tenant-service", false), probe("auth-service", false))).health();

        assertThat(report.healthy()).isFalse();
        assertThat(report.ready()).isTrue();
        assertThat(report.blockingReadiness()).isEmpty();
        assertThat(report.dependencies().get("minio").healthy()).isFalse();
        assertThat(report.dependencies().get("minio").detail()).isEqualTo("down");
    }

    @Test
    void blockingReadinessNamesOnlyRequiredDependenciesThatAreDown() {
        HealthReport report = new HealthService(List.of(probe("rabbitmq", false)), List.of(probe("minio", false)))
                .health();

        assertThat(report.blockingReadiness()).containsOnlyKeys("rabbitmq");
        assertThat(report.dependencies().get("rabbitmq").requiredForReadiness()).isTrue();
        assertThat(report.dependencies().get("minio").requiredForReadiness()).isFalse();
    }

    @Test
    void notReadyWhileDrainingEvenWhenHealthy() {
        HealthService service = new HealthService(List.of(probe("rabbitmq", true)), List.of());

        service.startDraining();

        assertThat(service.health().healthy()).isTrue();
        assertThat(service.health().ready()).isFalse();
        assertThat(service.health().blockingReadiness()).isEmpty();
    }

    @Test
    void aProbeThatThrowsCountsAsDown() {
        HealthProbe broken = new HealthProbe() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public ProbeResult check() {
                throw new IllegalStateException("boom");
            }
        };

        HealthReport report = new HealthService(List.of(broken), List.of()).health();

        assertThat(report.healthy()).isFalse();
        assertThat(report.ready()).isFalse();
    }

    private static HealthProbe probe(String name, boolean up) {
        return new HealthProbe() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ProbeResult check() {
                return up ? ProbeResult.up("ok") : ProbeResult.down("down");
            }
        };
    }
}
