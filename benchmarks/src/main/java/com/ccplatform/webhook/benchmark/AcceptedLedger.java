package com.ccplatform.webhook.benchmark;

import com.ccplatform.webhook.benchmark.SignedWebhook.Kind;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the service answered: the message ids it accepted with 200 (and the kind, to check the queue), the ids of
 * requests that failed (a message for one of those may or may not be in a queue), and how many echoes it filtered.
 */
public final class AcceptedLedger {

    private final Map<String, Kind> accepted = new ConcurrentHashMap<>();
    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    private final LongAdder echoesFiltered = new LongAdder();

    void accepted(SignedWebhook webhook) {
        if (webhook.kind() == Kind.ECHO) {
            echoesFiltered.increment();
        } else {
            accepted.put(webhook.expectedMessageId(), webhook.kind());
        }
    }

    void failed(SignedWebhook webhook) {
        if (webhook.expectedMessageId() != null) {
            failed.add(webhook.expectedMessageId());
        }
    }

    /** Accepted message ids and the kind of event each was. */
    public Map<String, Kind> accepted() {
        return Map.copyOf(accepted);
    }

    public Set<String> failed() {
        return Set.copyOf(failed);
    }

    public long echoesFiltered() {
        return echoesFiltered.sum();
    }
}
