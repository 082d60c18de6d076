package com.ccplatform.webhook.domain.content;

import com.ccplatform.webhook.domain.Require;
import java.util.Locale;

/**
 * A `content[]` item of an agent message that is not carried downstream, and why; counted so it is never dropped
 * without a trace. {@code contentType} is as sent (for logs); only {@link Reason} is a metric label.
 */
public record SkippedContent(String contentType, Reason reason) {

    /** Why an item was left out; a bounded set, so it can label a metric. */
    public enum Reason {
        /** A content type the service does not carry (one Genesys added, or one no sample shows). */
        UNSUPPORTED_CONTENT_TYPE,
        /** A known content type whose item lacks what it needs (a quick reply without text, a card without title...). */
        INCOMPLETE_ITEM,
        /** A second date picker or template: a message carries one of each. */
        EXTRA_ITEM;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SkippedContent {
        contentType = contentType == null || contentType.isBlank() ? "(absent)" : contentType;
        Require.present(reason, "reason");
    }
}
