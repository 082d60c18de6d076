package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a PodDisruptionBudget keeps the service up through node drains without blocking them, and a
 * HorizontalPodAutoscaler on CPU owns the replica count, from three pods (FRD 10.3.2) up.
 */
class AvailabilityManifestTest {

    private static final int FRD_REPLICAS = 3;

    private final Manifests manifests = Manifests.load();

    @Test
    void theDisruptionBudgetCoversThePodsAndLetsADrainEvictOneAtATime() {
        JsonNode budget = manifests.one("PodDisruptionBudget");
        int minReplicas = manifests.one("HorizontalPodAutoscaler").at("/spec/minReplicas").asInt(1);

        assertThat(budget.path("apiVersion").asText()).isEqualTo("policy/v1");
        assertThat(manifests.selectsThePods(budget.at("/spec/selector/matchLabels"))).as("selects the pods").isTrue();
        if (budget.at("/spec/maxUnavailable").isMissingNode()) {
            assertThat(budget.at("/spec/minAvailable").asInt()).as("minAvailable below the fewest replicas, or no"
                    + " drain can ever evict a pod").isBetween(1, minReplicas - 1);
        } else {
            assertThat(budget.at("/spec/maxUnavailable").asInt()).as("maxUnavailable").isEqualTo(1);
        }
    }

    @Test
    void theAutoscalerScalesTheDeploymentOnCpuFromThreePods() {
        JsonNode spec = manifests.one("HorizontalPodAutoscaler").path("spec");

        assertThat(manifests.one("HorizontalPodAutoscaler").path("apiVersion").asText()).isEqualTo("autoscaling/v2");
        assertThat(spec.at("/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(spec.at("/scaleTargetRef/name").asText())
                .isEqualTo(manifests.deployment().at("/metadata/name").asText());
        assertThat(spec.path("minReplicas").asInt()).isEqualTo(FRD_REPLICAS);
        assertThat(spec.path("maxReplicas").asInt()).isGreaterThan(FRD_REPLICAS);
        assertThat(spec.path("metrics")).anySatisfy(metric -> {
            assertThat(metric.at("/resource/name").asText()).isEqualTo("cpu");
            assertThat(metric.at("/resource/target/type").asText()).isEqualTo("Utilization");
            assertThat(metric.at("/resource/target/averageUtilization").asInt()).isBetween(30, 90);
        });
    }

    @Test
    void theAutoscalerWaitsBeforeScalingDownSoABurstDoesNotFlapThePodCount() {
        JsonNode scaleDown = manifests.one("HorizontalPodAutoscaler").at("/spec/behavior/scaleDown");

        assertThat(scaleDown.path("stabilizationWindowSeconds").asInt()).isGreaterThanOrEqualTo(120);
    }

    @Test
    void theDeploymentLeavesItsReplicaCountToTheAutoscaler() {
        // a replicas field would reset the autoscaler's count to it on every kubectl apply
        assertThat(manifests.deployment().at("/spec/replicas").isMissingNode()).isTrue();
    }
}
