package com.ccplatform.webhook.adapter.http;

/**
 * What `POST /webhook` may hold at once: the webhook body bytes in memory (`REQUEST_BODY_BUDGET_MB`, sized from the
 * heap), and the webhooks in flight from their arrival to their answer (`MAX_IN_FLIGHT_WEBHOOKS`). Past either the
 * service answers 503 with `Retry-After` at once: Genesys retries, and the pod stays up and answers in time.
 */
public record IntakeLimits(long bodyBudgetBytes, int maxInFlight) {

    /** A body byte held costs about this many heap bytes over its request: its copy, the parsed text, the event. */
    static final int HEAP_BYTES_PER_BODY_BYTE = 8;
    /** Webhooks in flight at once by default: ample for Genesys, whose webhooks are answered in milliseconds. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 512;

    public IntakeLimits {
        if (bodyBudgetBytes <= 0) {
            throw new IllegalArgumentException("the request body budget must be positive: " + bodyBudgetBytes);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("at least one webhook must be allowed in flight: " + maxInFlight);
        }
    }

    /** The budget a heap of {@code maxHeapBytes} affords: an eighth of it (12 MiB of a 96 MiB heap). */
    public static long bodyBudgetFor(long maxHeapBytes) {
        return maxHeapBytes / HEAP_BYTES_PER_BODY_BYTE;
    }

    /** Sized for this JVM's heap, with the default in-flight cap. */
    public static IntakeLimits forThisJvm() {
        return new IntakeLimits(bodyBudgetFor(Runtime.getRuntime().maxMemory()), DEFAULT_MAX_IN_FLIGHT);
    }
}
