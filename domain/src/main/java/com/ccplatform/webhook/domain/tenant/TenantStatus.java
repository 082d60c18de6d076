package com.ccplatform.webhook.domain.tenant;

import java.util.Locale;

/** Whether a tenant may send webhooks: a record that says nothing is active; one that names any other state is not. */
public enum TenantStatus {
    ACTIVE, INACTIVE;

    /**
     * Reads a tenant record's {@code status}: absent, null or blank is {@code ACTIVE} (a record that leaves the field
     * out must not refuse every webhook with a 403, which Genesys never retries); {@code active} in any case is
     * {@code ACTIVE}; any other value ({@code inactive}, {@code suspended}, a typo) is {@code INACTIVE}.
     */
    public static TenantStatus fromWire(String status) {
        if (status == null || status.isBlank()) {
            return ACTIVE;
        }
        return status.trim().toLowerCase(Locale.ROOT).equals("active") ? ACTIVE : INACTIVE;
    }
}
