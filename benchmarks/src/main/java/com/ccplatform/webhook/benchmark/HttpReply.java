package com.ccplatform.webhook.benchmark;

import java.nio.charset.StandardCharsets;

/** One HTTP response as the load generator sees it: the status code, the body, and whether the server closes. */
public record HttpReply(int status, byte[] body, boolean serverCloses) {

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
