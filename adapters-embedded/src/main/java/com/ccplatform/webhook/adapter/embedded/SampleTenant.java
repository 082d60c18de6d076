package com.ccplatform.webhook.adapter.embedded;

import com.ccplatform.webhook.domain.tenant.Tenant;
import java.nio.file.Path;

/** The demo tenant {@link FileTenantDirectory#writeSampleIfMissing} wrote, and where; its secret prints redacted. */
public record SampleTenant(Path file, Tenant tenant) {
}
