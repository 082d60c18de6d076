package com.ccplatform.webhook.domain.publish;

/** Which stream an event goes to; the AMQP adapter maps each to its configured queue (FRD 2.5). */
public enum Destination {
    /** Agent messages for customers: `outboundQueue`. */
    OUTBOUND,
    /** Receipts, typing and disconnects: `statusQueue`. */
    STATUS
}
