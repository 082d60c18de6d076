package com.ccplatform.webhook.domain.event;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises echoes of messages our own middleware injected (FRD 5.1.2 step 5), so they are acknowledged and not
 * published again. Two corrections to the FRD's rule, forced by its own examples and by real Genesys traffic:
 * only agent messages can be echoes (a status event always names the message it is about), and a UUID v4
 * `channel.messageId` equal to the event's own `id` is Genesys's id for the message, not an injected one.
 */
public final class EchoPolicy {

    /** The FRD's default prefixes (`ECHO_DETECTION_PREFIXES`). */
    public static final List<String> DEFAULT_PREFIXES = List.of("mw-", "middleware-", "injected-");

    private static final Pattern UUID_V4 =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
                    Pattern.CASE_INSENSITIVE);

    private final List<String> prefixes;

    public EchoPolicy(List<String> prefixes) {
        this.prefixes = prefixes.stream().filter(p -> p != null && !p.isBlank()).toList();
    }

    /** True when the message is an echo of one the middleware injected. */
    public boolean isEcho(OutboundMessage message) {
        return message.channelMessageIdIfAny().map(id -> isInjectedId(id, message.id())).orElse(false);
    }

    private boolean isInjectedId(String messageId, GenesysEventId eventId) {
        if (prefixes.stream().anyMatch(messageId::startsWith)) {
            return true;
        }
        return UUID_V4.matcher(messageId).matches() && !messageId.equalsIgnoreCase(eventId.value());
    }
}
