package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.out.TenantDirectory;
import com.ccplatform.webhook.application.testkit.InMemoryTenantDirectory;
import com.ccplatform.webhook.application.testkit.TenantDirectoryContract;
import com.ccplatform.webhook.domain.tenant.Tenant;
import java.util.List;

class CachingTenantDirectoryContractTest extends TenantDirectoryContract {

    @Override
    protected TenantDirectory directoryKnowing(List<Tenant> tenants) {
        InMemoryTenantDirectory origin = new InMemoryTenantDirectory();
        tenants.forEach(origin::add);
        return new CachingTenantDirectory(origin, TenantCacheSettings.defaults());
    }

    @Override
    protected TenantDirectory unavailableDirectory() {
        InMemoryTenantDirectory origin = new InMemoryTenantDirectory();
        origin.makeUnavailable(true);
        return new CachingTenantDirectory(origin, TenantCacheSettings.defaults());
    }
}
