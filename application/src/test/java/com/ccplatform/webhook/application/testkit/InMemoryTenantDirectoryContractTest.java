package com.ccplatform.webhook.application.testkit;

import com.ccplatform.webhook.application.port.out.TenantDirectory;
import com.ccplatform.webhook.domain.tenant.Tenant;
import java.util.List;

class InMemoryTenantDirectoryContractTest extends TenantDirectoryContract {

    @Override
    protected TenantDirectory directoryKnowing(List<Tenant> tenants) {
        InMemoryTenantDirectory directory = new InMemoryTenantDirectory();
        tenants.forEach(directory::add);
        return directory;
    }

    @Override
    protected TenantDirectory unavailableDirectory() {
        InMemoryTenantDirectory directory = new InMemoryTenantDirectory();
        directory.makeUnavailable(true);
        return directory;
    }
}
