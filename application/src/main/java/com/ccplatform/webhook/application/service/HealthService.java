package com.ccplatform.webhook.application.service;

import com.ccplatform.webhook.application.port.in.ReportHealthUseCase;
import com.ccplatform.webhook.application.port.out.HealthProbe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers every dependency's probe for `/health`, and decides `/ready`: not draining, and each dependency the
 * composition root named as required for readiness is usable.
 */
public final class HealthService implements ReportHealthUseCase {

    private final List<HealthProbe> requiredForReadiness;
    private final List<HealthProbe> reportedOnly;
    private volatile boolean draining;

    /**
     * @param requiredForReadiness dependencies without which no webhook can be accepted (the broker)
     * @param reportedOnly dependencies the service degrades without; shown in `/health`, never in `/ready`
     */
    public HealthService(List<HealthProbe> requiredForReadiness, List<HealthProbe> reportedOnly) {
        this.requiredForReadiness = List.copyOf(requiredForReadiness);
        this.reportedOnly = List.copyOf(reportedOnly);
    }

    /** From now on the service reports not ready, so load balancers stop sending before it stops. */
    public void startDraining() {
        draining = true;
    }

    @Override
    public HealthReport health() {
        Map<String, DependencyState> states = new LinkedHashMap<>();
        requiredForReadiness.forEach(probe -> states.put(probe.name(), check(probe, true)));
        reportedOnly.forEach(probe -> states.put(probe.name(), check(probe, false)));
        return new HealthReport(states, draining);
    }

    private static DependencyState check(HealthProbe probe, boolean requiredForReadiness) {
        HealthProbe.ProbeResult result;
        try {
            result = probe.check();
        } catch (RuntimeException e) {
            result = HealthProbe.ProbeResult.down("probe failed: " + e.getClass().getSimpleName());
        }
        return new DependencyState(result.healthy(), result.detail(), requiredForReadiness);
    }
}
