package com.ccplatform.webhook.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * FRD 8.4.1: sends plain-HTTP requests to the same URL over HTTPS. The scheme is the one a trusted TLS-terminating
 * proxy reports in `X-Forwarded-Proto`, else the request's own.
 */
final class HttpsRedirect {

    /** Probes and scrapers call the pod directly over plain HTTP; redirecting them would fail every probe. */
    private static final Set<String> UNREDIRECTED = Set.of("/health", "/ready", "/live", "/metrics");

    private final ForwardedHeaders forwarded;

    HttpsRedirect(ForwardedHeaders forwarded) {
        this.forwarded = forwarded;
    }

    /** True when it answered with a redirect and the request must go no further. */
    boolean redirected(Context ctx) {
        if (UNREDIRECTED.contains(ctx.path()) || "https".equals(scheme(ctx))) {
            return false;
        }
        String query = ctx.queryString();
        String location = "https://" + ctx.host() + ctx.path() + (query == null ? "" : "?" + query);
        HandlerType method = ctx.method();
        // 301 lets a client turn POST into GET and drop the body; 308 keeps the method and the signed body intact.
        int status = method == HandlerType.GET || method == HandlerType.HEAD ? 301 : 308;
        ctx.status(status).header("Location", location).header("Connection", "close");
        return true;
    }

    private String scheme(Context ctx) {
        return forwarded.scheme(ctx).orElseGet(ctx::scheme);
    }
}
