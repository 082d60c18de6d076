package com.ccplatform.webhook.adapter.amqp;

/** The broker refused the exchange or queues as this service declares them; the message tells the operator what to do. */
public class AmqpTopologyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AmqpTopologyException(String message, Throwable cause) {
        super(message, cause);
    }
}
