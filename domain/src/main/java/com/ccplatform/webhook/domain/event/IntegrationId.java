package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.Require;

/** The Genesys Open Messaging integration an event belongs to; the key that finds the tenant. */
public record IntegrationId(String value) {
    public IntegrationId {
        Require.nonBlank(value, "integration id");
    }

    @Override
    public String toString() {
        return value;
    }
}
