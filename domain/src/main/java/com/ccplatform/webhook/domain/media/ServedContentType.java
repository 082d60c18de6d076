package com.ccplatform.webhook.domain.media;

import java.util.Map;
import java.util.Set;

/**
 * Whether the {@code Content-Type} a download was served with agrees with the type the sender declared. Storage often
 * says nothing specific ({@code application/octet-stream}, {@code binary/octet-stream}, no header): the declared type
 * stands. Only a specific type that names something else refuses the download.
 */
public final class ServedContentType {

    /** Types that say "some bytes" rather than what they are. */
    public static final Set<String> GENERIC = Set.of("application/octet-stream", "binary/octet-stream",
            "application/x-download", "application/force-download", "application/download", "application/binary",
            "application/unknown");

    /** Other names in use for an allowed type, which are not a different type. */
    private static final Map<String, String> SAME_TYPE = Map.ofEntries(
            Map.entry("image/jpg", "image/jpeg"), Map.entry("image/pjpeg", "image/jpeg"),
            Map.entry("audio/mp3", "audio/mpeg"), Map.entry("audio/mpeg3", "audio/mpeg"),
            Map.entry("audio/x-mpeg", "audio/mpeg"), Map.entry("audio/x-wav", "audio/wav"),
            Map.entry("audio/wave", "audio/wav"), Map.entry("audio/vnd.wave", "audio/wav"),
            Map.entry("text/x-csv", "text/csv"), Map.entry("application/csv", "text/csv"));

    private ServedContentType() {
    }

    /**
     * True when the header is absent or blank, generic, the declared type (parameters and case aside, or another name
     * of it) or {@code text/plain} for a declared text type; false for any other type, and for a header that is not a
     * media type at all.
     */
    public static boolean agrees(MimeType declared, String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        return MimeType.parse(contentType)
                .map(served -> GENERIC.contains(served.value()) || canonical(served).equals(canonical(declared))
                        || isPlainTextForText(declared, served))
                .orElse(false);
    }

    /** Many servers call any text {@code text/plain}: a declared {@code text/csv} served so is still text. */
    private static boolean isPlainTextForText(MimeType declared, MimeType served) {
        return served.value().equals("text/plain") && declared.value().startsWith("text/");
    }

    private static String canonical(MimeType type) {
        return SAME_TYPE.getOrDefault(type.value(), type.value());
    }
}
