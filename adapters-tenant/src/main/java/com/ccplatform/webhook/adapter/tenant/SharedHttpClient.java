package com.ccplatform.webhook.adapter.tenant;

import java.net.http.HttpClient;
import java.time.Duration;

/** Builds the one JDK HttpClient the outbound adapters share: HTTP/2 where offered, pooled connections, no redirects. */
public final class SharedHttpClient {

    private SharedHttpClient() {
    }

    /**
     * The client never follows a redirect itself: it would carry a tenant's token or our service token to a host nobody
     * checked. {@link GenesysMediaSource} follows a download's redirects on its own, checking each target and sending
     * no token, and refuses a client that follows them.
     */
    public static HttpClient create(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }
}
