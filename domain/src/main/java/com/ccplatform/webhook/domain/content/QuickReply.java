package com.ccplatform.webhook.domain.content;

import com.ccplatform.webhook.domain.Require;
import java.util.Locale;

/** One quick-reply button: the label the customer sees, the payload sent back when tapped, and what tapping does. */
public record QuickReply(String text, String payload, Action action) implements StructuredItem {

    /** What tapping the button does; Genesys documents one action, `Message`: send the reply back as a message. */
    public enum Action {
        MESSAGE;

        /** The name published downstream: `message`. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The action Genesys names (any case); null when none is named; refused when this service does not know it. */
        public static Action fromGenesys(String name) {
            return Fields.named(Action.class, name, "quick reply action");
        }
    }

    public QuickReply {
        Require.nonBlank(text, "quick reply text");
        payload = Fields.optional(payload);
    }
}
