package com.ccplatform.webhook.adapter.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which client sent a request and over which scheme, believing `X-Forwarded-For` and `X-Forwarded-Proto` only as far
 * as proxies in `TRUSTED_PROXIES` vouch for them; otherwise the connection's own peer and scheme stand.
 */
final class ForwardedHeaders {

    private final TrustedProxies trusted;

    ForwardedHeaders(TrustedProxies trusted) {
        this.trusted = trusted;
    }

    String client(Context ctx) {
        return client(ctx.req().getRemoteAddr(), values(ctx, "X-Forwarded-For"));
    }

    /** The scheme the nearest trusted proxy reports, lower case; empty when the peer is not trusted or says none. */
    Optional<String> scheme(Context ctx) {
        return scheme(ctx.req().getRemoteAddr(), values(ctx, "X-Forwarded-Proto"));
    }

    /**
     * The peer, unless it is a trusted proxy: then `X-Forwarded-For` walked from the right, each trusted hop passed,
     * up to the first address that is not a trusted proxy. Entries left of that one are whatever the client sent,
     * so they are never read. A malformed hop in the part trusted proxies wrote makes the peer the client.
     */
    String client(String peer, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = IpLiteral.parseHop(peer);
        if (peerAddress.isEmpty()) {
            return peer;
        }
        if (!trusted.trusts(peerAddress.get())) {
            return peerAddress.get().getHostAddress();
        }
        List<String> hops = entries(forwardedFor);
        InetAddress client = peerAddress.get();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiteral.parseHop(hops.get(i));
            if (hop.isEmpty()) {
                return peerAddress.get().getHostAddress();
            }
            client = hop.get();
            if (!trusted.trusts(client)) {
                break;
            }
        }
        // when every hop is trusted the leftmost one is where the request started
        return client.getHostAddress();
    }

    Optional<String> scheme(String peer, List<String> forwardedProto) {
        boolean fromTrustedProxy = IpLiteral.parseHop(peer).map(trusted::trusts).orElse(false);
        List<String> values = entries(forwardedProto);
        if (!fromTrustedProxy || values.isEmpty() || values.get(values.size() - 1).isEmpty()) {
            return Optional.empty();
        }
        // a proxy appends what it saw: the last value is the nearest proxy's, the only one it vouches for
        return Optional.of(values.get(values.size() - 1).toLowerCase(Locale.ROOT));
    }

    /** Every header line's comma-separated entries, in order, as one list. */
    private static List<String> entries(List<String> headerValues) {
        List<String> entries = new ArrayList<>();
        for (String value : headerValues) {
            for (String entry : value.split(",", -1)) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }

    private static List<String> values(Context ctx, String header) {
        return Collections.list(ctx.req().getHeaders(header));
    }
}
