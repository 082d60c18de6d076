package com.ccplatform.webhook.application.port.out;

/** The broker did not take responsibility for an event (nack, return, lost connection, no confirm in time). */
public class PublishFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public PublishFailedException(String message) {
        super(message);
    }
}
