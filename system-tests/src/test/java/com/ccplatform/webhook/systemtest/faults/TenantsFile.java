package com.ccplatform.webhook.systemtest.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tenants file with one active tenant, for services whose fault is not the Tenant Service. */
public final class TenantsFile {

    public static final String INTEGRATION = "fault-integration";
    public static final String TENANT = "fault-tenant";
    public static final String SECRET = "fault-webhook-secret-longer-than-15";

    private TenantsFile() {
    }

    public static Path write(Path directory) throws IOException {
        Path file = directory.resolve("tenants.json");
        Files.writeString(file, "[{\"tenantId\":\"" + TENANT + "\",\"integrationId\":\"" + INTEGRATION
                + "\",\"webhookSecret\":\"" + SECRET + "\",\"status\":\"active\"}]");
        return file;
    }
}
