package com.ccplatform.webhook.domain.event;

/**
 * Whether an integration id is worth asking the Tenant Service about. Real ids are 36-character UUIDs (the FRD uses
 * {@code integration-id-5678}); an id that cannot be one is refused as unknown without a lookup, so junk can neither
 * reach the Tenant Service's URL parser nor fill the tenant cache. The rule, on the id as sent:
 * <ul>
 *   <li>1 to {@value #MAX_LENGTH} characters: room for three and a half UUIDs, and the id's URL encoding (at most
 *   12 characters per character) stays far below the 8 KiB request line common servers accept, so a plausible id
 *   never earns a 414;</li>
 *   <li>none of {@code / ? # % \}: path, query and fragment delimiters, the escape character and the other path
 *   separator some servers honour; the client encodes them, but a proxy or server that decodes before routing would
 *   read a different path;</li>
 *   <li>no whitespace, control, format (bidi overrides, zero-width) or unpaired surrogate characters: none occurs in
 *   a real id, they forge log lines, and an unpaired surrogate is not encodable, so the lookup would ask for another
 *   id;</li>
 *   <li>not {@code .} or {@code ..}, the only dot segments left once {@code /} is refused.</li>
 * </ul>
 * Letters of any script, digits and other punctuation pass.
 */
public final class IntegrationIdShape {

    /** The longest plausible id, in UTF-16 characters. */
    public static final int MAX_LENGTH = 128;

    private static final String DELIMITERS = "/?#%\\";

    public boolean isPlausible(IntegrationId id) {
        return isPlausible(id.value());
    }

    /** The rule on a raw value; null and empty are not plausible. */
    public boolean isPlausible(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH
                || value.equals(".") || value.equals("..")) {
            return false;
        }
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (!isAllowed(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    private static boolean isAllowed(int codePoint) {
        if (DELIMITERS.indexOf(codePoint) >= 0 || Character.isWhitespace(codePoint)) {
            return false;
        }
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE: // codePointAt returns a lone surrogate as itself
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
