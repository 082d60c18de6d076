package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.adapter.http.HttpSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 12, item 1: the request body budget is sized from the heap, and a size cap it cannot hold stops the start. */
class IntakeConfigurationTest {

    static final long MIB = 1024L * 1024;
    static final long PRODUCTION_HEAP = 96 * MIB;

    @Test
    void theProductionHeapAffordsTheDefaultCapWithAnEighthOfItselfAndFiveHundredTwelveInFlight() {
        HttpSettings http = ServiceConfiguration.http(new Environment(Map.of()), DeploymentMode.UNSET, PRODUCTION_HEAP);

        assertThat(http.maxRequestBytes()).isEqualTo(10 * MIB);
        assertThat(http.intake().bodyBudgetBytes()).isEqualTo(12 * MIB);
        assertThat(http.intake().maxInFlight()).isEqualTo(512);
    }

    @Test
    void aCapTheBudgetCannotHoldStopsTheStartNamingBoth() {
        Environment env = new Environment(Map.of("MAX_REQUEST_SIZE_MB", "20"));

        assertThatThrownBy(() -> ServiceConfiguration.http(env, DeploymentMode.UNSET, PRODUCTION_HEAP))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("MAX_REQUEST_SIZE_MB=20 does not fit the request body budget of 12 MiB (an eighth of the"
                        + " 96 MiB heap): lower MAX_REQUEST_SIZE_MB, or give the JVM more heap");
    }

    @Test
    void aSmallerHeapRefusesTheDefaultCap() {
        assertThatThrownBy(() -> ServiceConfiguration.http(new Environment(Map.of()), DeploymentMode.UNSET, 64 * MIB))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("MAX_REQUEST_SIZE_MB=10 does not fit");
    }

    @Test
    void theBudgetAndTheInFlightCapCanBeSet() {
        Environment env = new Environment(Map.of("REQUEST_BODY_BUDGET_MB", "30", "MAX_IN_FLIGHT_WEBHOOKS", "64"));

        HttpSettings http = ServiceConfiguration.http(env, DeploymentMode.UNSET, PRODUCTION_HEAP);

        assertThat(http.intake().bodyBudgetBytes()).isEqualTo(30 * MIB);
        assertThat(http.intake().maxInFlight()).isEqualTo(64);
    }

    @Test
    void aBudgetOverHalfTheHeapIsRefused() {
        Environment env = new Environment(Map.of("REQUEST_BODY_BUDGET_MB", "60"));

        assertThatThrownBy(() -> ServiceConfiguration.http(env, DeploymentMode.UNSET, PRODUCTION_HEAP))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("REQUEST_BODY_BUDGET_MB=60 is more than half the 96 MiB heap: webhook bodies alone could"
                        + " exhaust it");
    }

    @Test
    void anExplicitBudgetBelowTheCapNamesTheVariable() {
        Environment env = new Environment(Map.of("REQUEST_BODY_BUDGET_MB", "5"));

        assertThatThrownBy(() -> ServiceConfiguration.http(env, DeploymentMode.UNSET, PRODUCTION_HEAP))
                .hasMessage("MAX_REQUEST_SIZE_MB=10 does not fit the request body budget of 5 MiB"
                        + " (REQUEST_BODY_BUDGET_MB): lower MAX_REQUEST_SIZE_MB, or give the JVM more heap");
    }
}
