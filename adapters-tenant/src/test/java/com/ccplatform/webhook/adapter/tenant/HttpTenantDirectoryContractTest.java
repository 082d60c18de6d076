package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.out.TenantDirectory;
import com.ccplatform.webhook.application.testkit.TenantDirectoryContract;
import com.ccplatform.webhook.domain.tenant.Tenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

class HttpTenantDirectoryContractTest extends TenantDirectoryContract {

    private static final HttpClient CLIENT = SharedHttpClient.create(Duration.ofSeconds(2));
    private StubServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected TenantDirectory directoryKnowing(List<Tenant> tenants) {
        TenantServiceStub stub = new TenantServiceStub();
        tenants.forEach(stub::with);
        try {
            server = StubServer.start().answer(stub);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HttpTenantDirectory(CLIENT, TenantServiceSettings.of(server.uri(), TenantServiceStub.TOKEN));
    }

    @Override
    protected TenantDirectory unavailableDirectory() {
        try {
            URI nowhere = URI.create("http://127.0.0.1:" + StubServer.closedPort());
            return new HttpTenantDirectory(CLIENT, TenantServiceSettings.of(nowhere, TenantServiceStub.TOKEN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
