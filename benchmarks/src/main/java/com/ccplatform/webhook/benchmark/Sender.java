package com.ccplatform.webhook.benchmark;

/** One load worker's way of sending a single request and waiting for its answer; made and closed per worker. */
public interface Sender extends AutoCloseable {

    /** Sends one request; returns when it was answered as a success, throws when it failed (the message labels it). */
    void sendOne() throws Exception;

    @Override
    void close();
}
