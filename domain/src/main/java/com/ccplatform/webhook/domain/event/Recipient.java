package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.Require;

/** The customer an agent message goes to (`channel.to`); idType may be absent. */
public record Recipient(String id, String idType) {
    public Recipient {
        Require.nonBlank(id, "recipient id");
    }
}
