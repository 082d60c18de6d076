package com.ccplatform.webhook.adapter.embedded;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.AccessToken;
import com.ccplatform.webhook.application.port.out.AccessTokens;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.domain.tenant.TenantId;

/** The token source when no Auth Service is configured (laptop default): attachments degrade, text still flows. */
public final class UnconfiguredAccessTokens implements AccessTokens {

    /** The dependency it stands in for, named as the Auth Service adapter names it in `/health` and in logs. */
    static final String DEPENDENCY = "auth-service";

    @Override
    public AccessToken mediaDownloadToken(TenantId tenant, Deadline deadline) throws DependencyUnavailableException {
        throw new DependencyUnavailableException(DEPENDENCY, "AUTH_SERVICE_URL is not set");
    }
}
