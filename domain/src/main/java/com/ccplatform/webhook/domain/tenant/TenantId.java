package com.ccplatform.webhook.domain.tenant;

import com.ccplatform.webhook.domain.Require;

/** Our platform's identifier of a customer organisation. */
public record TenantId(String value) {
    public TenantId {
        Require.nonBlank(value, "tenant id");
    }

    @Override
    public String toString() {
        return value;
    }
}
