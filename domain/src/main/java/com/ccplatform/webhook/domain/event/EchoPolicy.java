package com.ccplatform.webhook.domain.event;

import java.util.List;

/**
 * Recognises echoes of messages our own middleware injected (FRD 5.1.2 step 5), so they are acknowledged and not
 * published again. Two corrections to the FRD's rule, forced by its own examples and by real Genesys traffic:
 * only agent messages can be echoes (a status event always names the message it is about), and a UUID v4
 * `channel.messageId` equal to the event's own `id` is Genesys's id for the message, not an injected one.
 */
public final class EchoPolicy {

    /** The FRD's default prefixes (`ECHO_DETECTION_PREFIXES`). */
    public static final List<String> DEFAULT_PREFIXES = List.of("mw-", "middleware-", "injected-");

    private final String[] prefixes;

    public EchoPolicy(List<String> prefixes) {
        this.prefixes = prefixes.stream().filter(p -> p != null && !p.isBlank()).toArray(String[]::new);
    }

    /** True when the message is an echo of one the middleware injected. */
    public boolean isEcho(OutboundMessage message) {
        return message.channelMessageIdIfAny().map(id -> isInjectedId(id, message.id())).orElse(false);
    }

    private boolean isInjectedId(String messageId, GenesysEventId eventId) {
        for (String prefix : prefixes) {
            if (messageId.startsWith(prefix)) {
                return true;
            }
        }
        return isUuidV4(messageId) && !messageId.equalsIgnoreCase(eventId.value());
    }

    /**
     * `xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx` in hex of either case: what the regular expression
     * `[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}` (case-insensitive, whole string) matches,
     * checked by hand because every agent message on the hot path asks.
     */
    static boolean isUuidV4(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean ok = switch (i) {
                case 8, 13, 18, 23 -> c == '-';
                case 14 -> c == '4';
                case 19 -> c == '8' || c == '9' || c == 'a' || c == 'b' || c == 'A' || c == 'B';
                default -> isHex(c);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
