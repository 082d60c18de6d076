package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.Require;

/**
 * An `Attachment` entry that cannot be re-hosted because it lacks its `attachment` object, its `id` or its `url`:
 * reported as a failed attachment rather than dropped. {@code id} and {@code declaredMime} are as sent and may be null.
 */
public record IncompleteAttachment(String id, String declaredMime, String problem) {
    public IncompleteAttachment {
        Require.nonBlank(problem, "problem");
    }
}
