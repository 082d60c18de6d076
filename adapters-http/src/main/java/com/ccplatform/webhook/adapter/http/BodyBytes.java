package com.ccplatform.webhook.adapter.http;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of one webhook body as they arrive, and what they hold of the {@link BodyBudget}. A body with a
 * Content-Length reserves all of it with its first bytes (so a body that has started cannot be starved half-way by
 * others), a chunked one as it grows; memory is taken only for bytes that arrived. Not thread-safe: its reader
 * guards it.
 */
final class BodyBytes {

    private final BodyBudget budget;
    private final long declaredLength;
    private final List<byte[]> segments = new ArrayList<>();
    private long received;
    private long reserved;

    /** {@code declaredLength} is the Content-Length, or -1 for a chunked body. */
    BodyBytes(BodyBudget budget, long declaredLength) {
        this.budget = budget;
        this.declaredLength = declaredLength;
    }

    long received() {
        return received;
    }

    long reserved() {
        return reserved;
    }

    /** Keeps the chunk's bytes; false, keeping nothing, when the budget cannot take them. */
    boolean add(ByteBuffer chunk) {
        int length = chunk.remaining();
        if (length == 0) {
            return true;
        }
        long wanted = declaredLength >= 0 ? (reserved == 0 ? declaredLength : 0) : length;
        if (!budget.tryReserve(wanted)) {
            return false;
        }
        reserved += wanted;
        byte[] segment = new byte[length];
        chunk.get(segment);
        segments.add(segment);
        received += length;
        return true;
    }

    /** The whole body in one array; the bytes held here are let go. */
    byte[] whole() {
        byte[] body;
        if (segments.size() == 1) {
            body = segments.get(0);
        } else {
            body = new byte[(int) received];
            int at = 0;
            for (byte[] segment : segments) {
                System.arraycopy(segment, 0, body, at, segment.length);
                at += segment.length;
            }
        }
        segments.clear();
        return body;
    }

    /** Lets go of the bytes (the reservation stays until {@link #giveBack()}): the body will not be used. */
    void drop() {
        segments.clear();
    }

    /** Lets go of the bytes and gives the whole reservation back to the budget. */
    void giveBack() {
        segments.clear();
        budget.release(reserved);
        reserved = 0;
    }
}
