package com.ccplatform.webhook.application.port.out;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.domain.tenant.TenantId;

/** Supplies a tenant's OAuth token for downloading Genesys media (FRD 3.4, scope `genesys:media:download`). */
public interface AccessTokens {

    /** @throws DependencyUnavailableException when no token can be had before the deadline */
    AccessToken mediaDownloadToken(TenantId tenant, Deadline deadline) throws DependencyUnavailableException;
}
