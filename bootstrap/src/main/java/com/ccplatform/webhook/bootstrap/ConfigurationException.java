package com.ccplatform.webhook.bootstrap;

import java.util.List;

/**
 * Bad or missing configuration: reported at start as one line per problem, each naming its variable, never as a stack
 * trace. The message holds the lines, newline-separated.
 */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    public ConfigurationException(String message) {
        this(List.of(message));
    }

    public ConfigurationException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    /** Every problem found, one line each. */
    public List<String> lines() {
        return lines;
    }
}
