package com.ccplatform.webhook.adapter.tenant;

/**
 * One failed attempt at a remote call, classified so the retry rule can tell what is safe to try again and the
 * circuit breaker can tell a dependency in trouble from an answer about this one request.
 */
final class ServiceFault extends Exception {
    private static final long serialVersionUID = 1L;

    /** How far the attempt got, which decides whether repeating it is safe and whether the dependency is at fault. */
    enum Kind {
        /** The connection was never made: nothing reached the server, so even a POST may be repeated. */
        NOT_SENT,
        /** Timeout, reset, 5xx or 408: the server may recover; only idempotent calls are repeated. */
        TRANSIENT,
        /** 429: the server sheds load; repeating at once would add to it. */
        OVERLOADED,
        /**
         * The server answered about this request only (a 4xx, a malformed body), or the fault was ours: repeating
         * will not help, and it says nothing about the dependency's health.
         */
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

    /** Whether this is the dependency failing (unreachable, timing out, 5xx, overloaded): what a breaker counts. */
    boolean isDependencyFault() {
        return kind != Kind.BAD_ANSWER;
    }

    /**
     * The fault an unexpected status stands for: 5xx and 408 may pass, 429 is the server overloaded, anything else is
     * an answer about this request (a 4xx id or credential refusal, a redirect we do not follow).
     */
    static ServiceFault forStatus(int status) {
        Kind kind = status >= 500 || status == 408 ? Kind.TRANSIENT
                : status == 429 ? Kind.OVERLOADED : Kind.BAD_ANSWER;
        return new ServiceFault(kind, "unexpected HTTP status " + status);
    }
}
