package com.ccplatform.webhook.systemtest.hostile;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts answers by status code and prints them on one line: `[hostile] corpus: tried=N 400=.. 500=0`. */
final class Tally {

    private final String label;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final AtomicInteger tried = new AtomicInteger();

    Tally(String label) {
        this.label = label;
    }

    synchronized void count(int status) {
        tried.incrementAndGet();
        byStatus.merge(status, 1, Integer::sum);
    }

    synchronized int of(int status) {
        return byStatus.getOrDefault(status, 0);
    }

    int tried() {
        return tried.get();
    }

    synchronized String line() {
        StringBuilder line = new StringBuilder("[hostile] ").append(label).append(": tried=").append(tried.get());
        byStatus.forEach((status, count) -> line.append(' ').append(status < 0 ? "no-answer" : status).append('=')
                .append(count));
        if (!byStatus.containsKey(500)) {
            line.append(" 500=0");
        }
        return line.toString();
    }
}
