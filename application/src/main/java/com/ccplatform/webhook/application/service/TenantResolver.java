package com.ccplatform.webhook.application.service;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.application.port.out.TenantDirectory;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.Tenant;
import java.util.List;
import java.util.Optional;

/** Finds the tenant for a webhook by trying its integration id candidates in the domain's order. */
final class TenantResolver {

    /** A tenant and the integration id that found it. */
    record Resolved(IntegrationId integrationId, Tenant tenant) {
    }

    private final TenantDirectory directory;

    TenantResolver(TenantDirectory directory) {
        this.directory = directory;
    }

    /** The first candidate the directory knows, or empty when it knows none. */
    Optional<Resolved> resolve(List<IntegrationId> candidates, Deadline deadline)
            throws DependencyUnavailableException {
        for (IntegrationId candidate : candidates) {
            Optional<Tenant> tenant = directory.findByIntegration(candidate, deadline);
            if (tenant.isPresent()) {
                return Optional.of(new Resolved(candidate, tenant.get()));
            }
        }
        return Optional.empty();
    }
}
