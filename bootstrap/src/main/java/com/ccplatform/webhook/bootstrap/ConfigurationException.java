package com.ccplatform.webhook.bootstrap;

/** Bad or missing configuration: reported at start as one line naming the variable, never as a stack trace. */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
