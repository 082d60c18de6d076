package com.ccplatform.webhook.domain.media;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A media type without parameters, lower-cased: `image/png`, never `image/PNG; charset=x`. */
public record MimeType(String value) {

    private static final Pattern TYPE_SLASH_SUBTYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

    public MimeType {
        if (value == null || !TYPE_SLASH_SUBTYPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a media type: " + value);
        }
    }

    /** Reads a declared `mime` or a `Content-Type` header, dropping parameters; empty when it is not a media type. */
    public static Optional<MimeType> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        int semicolon = raw.indexOf(';');
        String bare = (semicolon >= 0 ? raw.substring(0, semicolon) : raw).trim().toLowerCase(Locale.ROOT);
        return TYPE_SLASH_SUBTYPE.matcher(bare).matches() ? Optional.of(new MimeType(bare)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
