package com.ccplatform.webhook.domain.content;

import java.util.Locale;

/** The rules the structured-content values share for their fields: blank means absent, links are web links. */
final class Fields {

    private Fields() {
    }

    /** The value, or null when it is null or blank: an empty description or payload says nothing. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** An optional link shown to a customer: absent when blank, else an http(s) URL (no `javascript:` or `data:`). */
    static String optionalWebLink(String value, String name) {
        String link = optional(value);
        if (link != null) {
            String lower = link.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
                throw new IllegalArgumentException(name + " is not an http(s) link");
            }
        }
        return link;
    }

    /** The constant of {@code type} that Genesys names {@code name} (any case); null for none; throws for others. */
    static <E extends Enum<E>> E named(Class<E> type, String name, String what) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(name.trim())) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " " + name);
    }
}
