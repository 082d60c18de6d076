package com.ccplatform.webhook.application.service;

import com.ccplatform.webhook.application.port.in.ReportHealthUseCase;
import com.ccplatform.webhook.application.port.out.HealthProbe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers every dependency's probe for `/health`, and remembers when the service starts draining for `/ready`. */
public final class HealthService implements ReportHealthUseCase {

    private final List<HealthProbe> probes;
    private volatile boolean draining;

    public HealthService(List<HealthProbe> probes) {
        this.probes = List.copyOf(probes);
    }

    /** From now on the service reports not ready, so load balancers stop sending before it stops. */
    public void startDraining() {
        draining = true;
    }

    @Override
    public HealthReport health() {
        Map<String, DependencyState> states = new LinkedHashMap<>();
        for (HealthProbe probe : probes) {
            HealthProbe.ProbeResult result = check(probe);
            states.put(probe.name(), new DependencyState(result.healthy(), result.detail()));
        }
        return new HealthReport(states, draining);
    }

    private static HealthProbe.ProbeResult check(HealthProbe probe) {
        try {
            return probe.check();
        } catch (RuntimeException e) {
            return HealthProbe.ProbeResult.down("probe failed: " + e.getClass().getSimpleName());
        }
    }
}
