package com.ccplatform.webhook.domain.media;

import com.ccplatform.webhook.domain.tenant.TenantId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

/** Where a re-hosted attachment lives in the bucket: `{tenantId}/{yyyy}/{MM}/{dd}/{uuid}{.ext}`, dated in UTC. */
public record ObjectKey(String value) {
    public ObjectKey {
        if (value == null || value.isBlank() || value.startsWith("/") || value.contains("..")) {
            throw new IllegalArgumentException("not an object key: " + value);
        }
    }

    /** The key for a new object of this tenant, stored at {@code now}, named by {@code uuid}, with its extension. */
    public static ObjectKey forMedia(TenantId tenant, Instant now, UUID uuid, String extension) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        return new ObjectKey(String.format("%s/%04d/%02d/%02d/%s%s", tenant.value(), utc.getYear(),
                utc.getMonthValue(), utc.getDayOfMonth(), uuid, extension));
    }

    @Override
    public String toString() {
        return value;
    }
}
