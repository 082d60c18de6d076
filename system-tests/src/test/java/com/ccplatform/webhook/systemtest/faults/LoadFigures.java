package com.ccplatform.webhook.systemtest.faults;

import java.util.List;
import java.util.Map;

/**
 * What a load run under a fault came to, set against what reached the queues: the figures of the closing
 * note. `lost` are ids answered 200 but in no queue; `unconfirmedPresent` were not answered 200 and still arrived
 * (a publish whose confirm was lost with the connection), which Genesys' retry makes a harmless duplicate.
 */
record LoadFigures(int sent, int ok, int unavailable, int timedOut, int otherStatus, int noAnswer, long maxMillis,
                   int found, List<String> lostIds, int unconfirmedPresent, int duplicated, int strangers) {

    static LoadFigures of(Map<String, WebhookClient.Answer> answers, Map<String, Integer> copiesById) {
        int ok = 0;
        int unavailable = 0;
        int timedOut = 0;
        int other = 0;
        int none = 0;
        int unconfirmedPresent = 0;
        long maxMillis = 0;
        for (Map.Entry<String, WebhookClient.Answer> entry : answers.entrySet()) {
            WebhookClient.Answer answer = entry.getValue();
            maxMillis = Math.max(maxMillis, answer.millis());
            switch (answer.status()) {
                case 200: ok++; break;
                case 503: unavailable++; break;
                case 504: timedOut++; break;
                case 0: none++; break;
                default: other++;
            }
            if (answer.status() != 200 && copiesById.containsKey(entry.getKey())) {
                unconfirmedPresent++;
            }
        }
        List<String> lost = answers.entrySet().stream().filter(e -> e.getValue().status() == 200)
                .map(Map.Entry::getKey).filter(id -> !copiesById.containsKey(id)).sorted().toList();
        int found = (int) answers.keySet().stream().filter(copiesById::containsKey).count();
        int duplicated = (int) copiesById.values().stream().filter(copies -> copies > 1).count();
        int strangers = (int) copiesById.keySet().stream().filter(id -> !answers.containsKey(id)).count();
        return new LoadFigures(answers.size(), ok, unavailable, timedOut, other, none, maxMillis, found, lost,
                unconfirmedPresent, duplicated, strangers);
    }

    int lost() {
        return lostIds.size();
    }

    /** One line for the build log, e.g. `[faults] broker-drop: sent=4000 ok=3890 503=110 ... lost=0`. */
    String line(String scenario, String extra) {
        return "[faults] " + scenario + ": sent=" + sent + " ok=" + ok + " 503=" + unavailable + " 504=" + timedOut
                + " other-status=" + otherStatus + " no-answer=" + noAnswer + " found=" + found + " lost=" + lost()
                + " unconfirmed-present=" + unconfirmedPresent + " duplicated=" + duplicated + " max-ms=" + maxMillis
                + (extra.isEmpty() ? "" : " " + extra);
    }
}
