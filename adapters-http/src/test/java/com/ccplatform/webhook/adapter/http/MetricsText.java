package com.ccplatform.webhook.adapter.http;

/** Reads one sample out of Prometheus text. */
final class MetricsText {

    private MetricsText() {
    }

    /** The value of the first sample of {@code name} whose labels contain {@code labelPart}, or NaN. */
    static double value(String scrape, String name, String labelPart) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{") && line.contains(labelPart)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Double.NaN;
    }
}
