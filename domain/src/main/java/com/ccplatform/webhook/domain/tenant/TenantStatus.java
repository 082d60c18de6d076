package com.ccplatform.webhook.domain.tenant;

import java.util.Locale;

/** Whether a tenant may send webhooks; anything but `active` is refused. */
public enum TenantStatus {
    ACTIVE, INACTIVE;

    /** Reads the Tenant Service's status string; absent or unknown values are not active. */
    public static TenantStatus fromWire(String status) {
        return status != null && status.trim().toLowerCase(Locale.ROOT).equals("active") ? ACTIVE : INACTIVE;
    }
}
