package com.ccplatform.webhook.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.in.ReportHealthUseCase.HealthReport;
import com.ccplatform.webhook.application.port.out.HealthProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

    @Test
    void healthyAndReadyWhenEveryProbeIsUp() {
        HealthReport report = new HealthService(List.of(probe("rabbitmq", true), probe("minio", true))).health();

        assertThat(report.healthy()).isTrue();
        assertThat(report.ready()).isTrue();
        assertThat(report.dependencies()).containsOnlyKeys("rabbitmq", "minio");
    }

    @Test
    void degradedWhenAnyProbeIsDown() {
        HealthReport report = new HealthService(List.of(probe("rabbitmq", false), probe("minio", true))).health();

        assertThat(report.healthy()).isFalse();
        assertThat(report.ready()).isFalse();
        assertThat(report.dependencies().get("rabbitmq").healthy()).isFalse();
    }

    @Test
    void notReadyWhileDrainingEvenWhenHealthy() {
        HealthService service = new HealthService(List.of(probe("rabbitmq", true)));

        service.startDraining();

        assertThat(service.health().healthy()).isTrue();
        assertThat(service.health().ready()).isFalse();
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

        assertThat(new HealthService(List.of(broken)).health().healthy()).isFalse();
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
