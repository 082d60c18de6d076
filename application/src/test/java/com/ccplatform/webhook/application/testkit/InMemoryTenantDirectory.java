package com.ccplatform.webhook.application.testkit;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.application.port.out.TenantDirectory;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.Tenant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The Tenant Service in memory: tenants by integration id, and a switch that makes it unavailable. */
public final class InMemoryTenantDirectory implements TenantDirectory {

    private final Map<IntegrationId, Tenant> tenants = new ConcurrentHashMap<>();
    private final List<IntegrationId> lookups = new CopyOnWriteArrayList<>();
    private volatile boolean unavailable;

    public InMemoryTenantDirectory add(Tenant tenant) {
        tenants.put(tenant.integrationId(), tenant);
        return this;
    }

    public void makeUnavailable(boolean down) {
        this.unavailable = down;
    }

    /** Every integration id looked up, in order. */
    public List<IntegrationId> lookups() {
        return List.copyOf(lookups);
    }

    @Override
    public Optional<Tenant> findByIntegration(IntegrationId integrationId, Deadline deadline)
            throws DependencyUnavailableException {
        lookups.add(integrationId);
        if (unavailable) {
            throw new DependencyUnavailableException("tenant-service", "in-memory directory switched off");
        }
        return Optional.ofNullable(tenants.get(integrationId));
    }
}
