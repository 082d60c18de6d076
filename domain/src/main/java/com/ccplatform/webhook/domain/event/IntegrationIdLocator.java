package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.event.GenesysWebhook.Participant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a webhook names its integration, in the one order the service tries them.
 * <ol>
 *   <li>`channel.id` when present: real Genesys traffic always carries it, and then it is the only candidate.</li>
 *   <li>Otherwise (the FRD's shapes) `channel.from.id` then `channel.to.id`, except for a `Receipt`, which travels
 *   back from the customer (FRD 4.1.3): `channel.to.id` then `channel.from.id`.</li>
 * </ol>
 * The first candidate the Tenant Service knows is the integration; signatures are then checked with its secret
 * only, so a later candidate can never rescue a request whose first known candidate refuses it.
 */
public final class IntegrationIdLocator {

    /** The candidates in the order to try; empty when the webhook names no integration at all. */
    public List<IntegrationId> candidates(GenesysWebhook webhook) {
        GenesysWebhook.Channel channel = webhook.channelOrEmpty();
        if (isPresent(channel.id())) {
            return List.of(new IntegrationId(channel.id()));
        }
        boolean receipt = "Receipt".equalsIgnoreCase(webhook.type());
        List<IntegrationId> candidates = new ArrayList<>(2);
        add(candidates, receipt ? channel.to() : channel.from());
        add(candidates, receipt ? channel.from() : channel.to());
        return List.copyOf(candidates);
    }

    private static void add(List<IntegrationId> candidates, Participant participant) {
        if (participant != null && isPresent(participant.id())) {
            IntegrationId id = new IntegrationId(participant.id());
            if (!candidates.contains(id)) {
                candidates.add(id);
            }
        }
    }

    private static boolean isPresent(String value) {
        return value != null && !value.isBlank();
    }
}
