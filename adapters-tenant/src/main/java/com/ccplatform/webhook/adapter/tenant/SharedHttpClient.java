package com.ccplatform.webhook.adapter.tenant;

import java.net.http.HttpClient;
import java.time.Duration;

/** Builds the one JDK HttpClient the outbound adapters share: HTTP/2 where offered, pooled connections, no redirects. */
public final class SharedHttpClient {

    private SharedHttpClient() {
    }

    /**
     * Redirects are never followed: a redirect would carry a tenant's token or our service token to a host nobody
     * checked ({@link GenesysMediaSource} refuses a client that follows them).
     */
    public static HttpClient create(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }
}
