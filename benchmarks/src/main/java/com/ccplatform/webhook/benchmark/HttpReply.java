package com.ccplatform.webhook.benchmark;

import java.nio.charset.StandardCharsets;

/**
 * One HTTP response as the load generator sees it: the status code, the body, whether the server closes, and whether
 * it said when to retry (`Retry-After`).
 */
public record HttpReply(int status, byte[] body, boolean serverCloses, boolean retryAfter) {

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
