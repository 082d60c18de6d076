package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.Require;

/** The `id` Genesys gave an event; kept unchanged end to end so downstream can de-duplicate retries (FRD 6.2.1). */
public record GenesysEventId(String value) {
    public GenesysEventId {
        Require.nonBlank(value, "genesys event id");
    }

    @Override
    public String toString() {
        return value;
    }
}
