package com.ccplatform.webhook.adapter.tenant;

/** One failed attempt at a remote call, classified so the retry rule can tell what is safe to try again. */
final class ServiceFault extends Exception {
    private static final long serialVersionUID = 1L;

    /** How far the attempt got, which decides whether repeating it is safe. */
    enum Kind {
        /** The connection was never made: nothing reached the server, so even a POST may be repeated. */
        NOT_SENT,
        /** Timeout, reset or 5xx: the server may recover; only idempotent calls are repeated. */
        TRANSIENT,
        /** The server answered something we cannot use (4xx, malformed body): repeating will not help. */
        BAD_ANSWER
    }

    private final Kind kind;

    ServiceFault(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    ServiceFault(Kind kind, String message) {
        this(kind, message, null);
    }

    Kind kind() {
        return kind;
    }

    /** The fault a response with an unexpected status stands for: 5xx may pass, anything else will not. */
    static ServiceFault forStatus(int status) {
        return new ServiceFault(status >= 500 ? Kind.TRANSIENT : Kind.BAD_ANSWER, "unexpected HTTP status " + status);
    }
}
