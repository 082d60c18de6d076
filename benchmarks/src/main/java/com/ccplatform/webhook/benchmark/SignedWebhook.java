package com.ccplatform.webhook.benchmark;

/**
 * One webhook ready to send: its body, its `X-Hub-Signature-256` value, and the AMQP message id the service must
 * publish it under (null for an echo, which must not be published).
 */
public record SignedWebhook(Kind kind, byte[] body, String signatureHeader, String expectedMessageId) {

    /** The event kinds in the mix. */
    public enum Kind {
        TEXT, RECEIPT, ECHO
    }
}
