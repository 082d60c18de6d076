package com.ccplatform.webhook.benchmark;

import com.ccplatform.webhook.benchmark.SignedWebhook.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the queues hold exactly the events answered 200: {@code lost} accepted but not in a queue, {@code extra}
 * in a queue but never accepted (of which {@code extraFromFailed} belong to requests that failed, whose fate the
 * client cannot know), {@code duplicates} beyond the first copy, {@code misrouted} in the other kind's queue.
 */
public record Verification(long accepted, long received, long lost, long extra, long extraFromFailed,
                           long duplicates, long misrouted) {

    public boolean exact() {
        return lost == 0 && extra == 0 && duplicates == 0 && misrouted == 0;
    }

    public static Verification of(Map<String, Kind> accepted, Set<String> failed, List<String> outboundIds,
                                  List<String> statusIds) {
        Map<String, Integer> copies = new HashMap<>();
        long misrouted = count(outboundIds, Kind.TEXT, accepted, copies)
                + count(statusIds, Kind.RECEIPT, accepted, copies);
        long duplicates = copies.values().stream().mapToLong(n -> n - 1L).sum();
        long lost = accepted.keySet().stream().filter(id -> !copies.containsKey(id)).count();
        long extra = copies.keySet().stream().filter(id -> !accepted.containsKey(id)).count();
        long extraFromFailed = copies.keySet().stream().filter(id -> !accepted.containsKey(id))
                .filter(failed::contains).count();
        return new Verification(accepted.size(), outboundIds.size() + statusIds.size(), lost, extra,
                extraFromFailed, duplicates, misrouted);
    }

    private static long count(List<String> ids, Kind queueKind, Map<String, Kind> accepted,
                              Map<String, Integer> copies) {
        long misrouted = 0;
        for (String id : ids) {
            copies.merge(id, 1, Integer::sum);
            Kind kind = accepted.get(id);
            if (kind != null && kind != queueKind) {
                misrouted++;
            }
        }
        return misrouted;
    }
}
