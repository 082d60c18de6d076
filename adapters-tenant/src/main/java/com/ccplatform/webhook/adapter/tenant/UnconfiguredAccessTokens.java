package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.AccessToken;
import com.ccplatform.webhook.application.port.out.AccessTokens;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.domain.tenant.TenantId;

/** The token source when no Auth Service is configured (laptop default): attachments degrade, text still flows. */
public final class UnconfiguredAccessTokens implements AccessTokens {

    @Override
    public AccessToken mediaDownloadToken(TenantId tenant, Deadline deadline) throws DependencyUnavailableException {
        throw new DependencyUnavailableException(HttpAccessTokens.DEPENDENCY, "AUTH_SERVICE_URL is not set");
    }
}
