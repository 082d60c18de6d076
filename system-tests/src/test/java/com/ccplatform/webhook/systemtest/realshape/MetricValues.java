package com.ccplatform.webhook.systemtest.realshape;

/** Reads one sample (`name{labels}` exactly as Prometheus text writes it) out of a `/metrics` page; 0 when absent. */
final class MetricValues {

    private MetricValues() {
    }

    static double of(String metricsText, String sample) {
        for (String line : metricsText.split("\n")) {
            if (line.startsWith(sample + " ")) {
                return Double.parseDouble(line.substring(sample.length() + 1).trim());
            }
        }
        return 0;
    }
}
