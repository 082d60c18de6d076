package com.ccplatform.webhook.application.port.in;

import java.util.Map;

/** Answers `/health` and `/ready`: the state of each dependency, and whether the service takes traffic. */
public interface ReportHealthUseCase {

    HealthReport health();

    /** One dependency's state by name, whether the service is draining, and the verdicts derived from them. */
    record HealthReport(Map<String, DependencyState> dependencies, boolean draining) {
        public HealthReport {
            dependencies = Map.copyOf(dependencies);
        }

        /** Every dependency is usable (FRD 6.4.3 `healthy`; otherwise `degraded`). */
        public boolean healthy() {
            return dependencies.values().stream().allMatch(DependencyState::healthy);
        }

        /** Healthy and not shutting down: load balancers may send traffic. */
        public boolean ready() {
            return healthy() && !draining;
        }
    }

    /** One dependency's state. */
    record DependencyState(boolean healthy, String detail) {
    }
}
