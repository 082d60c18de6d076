package com.ccplatform.webhook.application.port.in;

import java.util.Map;
import java.util.stream.Collectors;

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

        /**
         * This pod can accept webhooks: not draining, and every dependency required for readiness is usable. The
         * others may be down: the service degrades without them (media as text, cached tenants), `/health` says so.
         */
        public boolean ready() {
            return !draining && blockingReadiness().isEmpty();
        }

        /** The dependencies required for readiness that are down now. */
        public Map<String, DependencyState> blockingReadiness() {
            return dependencies.entrySet().stream()
                    .filter(entry -> entry.getValue().requiredForReadiness() && !entry.getValue().healthy())
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        }
    }

    /** One dependency's state, and whether the service can take traffic without it. */
    record DependencyState(boolean healthy, String detail, boolean requiredForReadiness) {
    }
}
