package com.ccplatform.webhook.application.port.out;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.Tenant;
import java.util.Optional;

/** Finds the tenant behind a Genesys integration, with its status and active webhook secrets (FRD 3.3). */
public interface TenantDirectory {

    /**
     * The tenant that owns this integration, or empty when no tenant does.
     *
     * @throws DependencyUnavailableException when the directory cannot answer before the deadline
     */
    Optional<Tenant> findByIntegration(IntegrationId integrationId, Deadline deadline)
            throws DependencyUnavailableException;
}
