package com.ccplatform.webhook.adapter.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.domain.tenant.TenantId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** With no Auth Service configured, every token request fails as the Auth Service being down would. */
class UnconfiguredAccessTokensTest {

    @Test
    void unconfiguredTokensSayTheAuthServiceIsNotSet() {
        assertThatThrownBy(() -> new UnconfiguredAccessTokens().mediaDownloadToken(new TenantId("uuid-5678"),
                Deadline.in(Duration.ofSeconds(1))))
                .isInstanceOfSatisfying(DependencyUnavailableException.class,
                        e -> assertThat(e.dependency()).isEqualTo("auth-service"))
                .hasMessageContaining("AUTH_SERVICE_URL is not set");
    }
}
