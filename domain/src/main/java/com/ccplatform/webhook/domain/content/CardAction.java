package com.ccplatform.webhook.domain.content;

import com.ccplatform.webhook.domain.Require;
import java.util.Locale;

/** A button on a card: a postback that sends its payload back, or a link that opens its URL. */
public record CardAction(Type type, String text, String payload, String url) {

    /** The kinds of card button Genesys sends. */
    public enum Type {
        POSTBACK,
        LINK;

        /** The name published downstream: `postback`, `link`. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type Genesys names (`Postback`, `Link`, any case); null when none is named; refused when unknown. */
        public static Type fromGenesys(String name) {
            return Fields.named(Type.class, name, "card action type");
        }
    }

    public CardAction {
        Require.present(type, "card action type");
        Require.nonBlank(text, "card action text");
        payload = Fields.optional(payload);
        url = Fields.optionalWebLink(url, "card action url");
        if (type == Type.LINK && url == null) {
            throw new IllegalArgumentException("a link action needs a url");
        }
        if (type == Type.POSTBACK && payload == null) {
            throw new IllegalArgumentException("a postback action needs a payload");
        }
    }
}
