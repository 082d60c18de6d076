package com.ccplatform.webhook.systemtest.hostile;

import java.util.List;

/** What must never appear in a log line: the tenants' webhook secrets and the platform's tokens. */
final class Secrets {

    private Secrets() {
    }

    static List<String> all() {
        return List.of(HostilePlatform.A.secret(), HostilePlatform.B.secret(), HostilePlatform.SERVICE_TOKEN,
                HostilePlatform.MEDIA_TOKEN);
    }
}
