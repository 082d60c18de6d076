package com.ccplatform.webhook.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.AccessToken;
import com.ccplatform.webhook.application.port.out.AccessTokens;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.domain.tenant.TenantId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every {@link AccessTokens} must do; run against the in-memory twin and each real adapter. */
public abstract class AccessTokensContract {

    /** Tokens from a working issuer that gives each tenant its own token. */
    protected abstract AccessTokens availableTokens();

    /** Tokens from an issuer that cannot answer. */
    protected abstract AccessTokens unavailableTokens();

    private static Deadline soon() {
        return Deadline.in(Duration.ofSeconds(4));
    }

    @Test
    void issuesATokenWhoseHeaderCarriesBearerExactlyOnce() throws Exception {
        AccessToken token = availableTokens().mediaDownloadToken(new TenantId("uuid-5678"), soon());

        assertThat(token.authorizationHeader()).startsWith("Bearer ").doesNotStartWith("Bearer Bearer")
                .hasSizeGreaterThan("Bearer ".length());
    }

    @Test
    void issuesEachTenantItsOwnToken() throws Exception {
        AccessTokens tokens = availableTokens();

        AccessToken first = tokens.mediaDownloadToken(new TenantId("tenant-a"), soon());
        AccessToken second = tokens.mediaDownloadToken(new TenantId("tenant-b"), soon());

        assertThat(first.authorizationHeader()).isNotEqualTo(second.authorizationHeader());
    }

    @Test
    void keepsIssuingForATenantThatAsksAgain() throws Exception {
        AccessTokens tokens = availableTokens();
        TenantId tenant = new TenantId("tenant-again");

        tokens.mediaDownloadToken(tenant, soon());

        assertThat(tokens.mediaDownloadToken(tenant, soon()).authorizationHeader()).startsWith("Bearer ");
    }

    @Test
    void failsAsAuthServiceUnavailableWhenTheIssuerCannotAnswer() {
        AccessTokens tokens = unavailableTokens();

        assertThatThrownBy(() -> tokens.mediaDownloadToken(new TenantId("uuid-5678"), soon()))
                .isInstanceOfSatisfying(DependencyUnavailableException.class,
                        e -> assertThat(e.dependency()).isEqualTo("auth-service"));
    }
}
