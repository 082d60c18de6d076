package com.ccplatform.webhook.adapter.tenant;

import java.net.URI;
import java.util.Locale;

/**
 * One entry of {@code MEDIA_ALLOWED_HOSTS}: {@code api.mypurecloud.ie}, {@code *.pure.cloud} (any subdomain, not the
 * domain itself), {@code https://host:8443} or {@code http://127.0.0.1:8089}. Without a scheme the entry means https;
 * without a port, the scheme's default port.
 */
record AllowedHost(String scheme, String host, boolean wildcard, int port) {

    static AllowedHost parse(String entry) {
        String rest = entry.trim().toLowerCase(Locale.ROOT);
        String scheme = "https";
        int separator = rest.indexOf("://");
        if (separator >= 0) {
            scheme = rest.substring(0, separator);
            rest = rest.substring(separator + 3);
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("media host entry must be http or https: " + entry);
        }
        rest = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        boolean wildcard = rest.startsWith("*.");
        // '*' is no host character: parse "w.example.com" for "*.example.com", then keep ".example.com"
        URI authority = URI.create("x://" + (wildcard ? "w" + rest.substring(1) : rest));
        if (authority.getHost() == null || authority.getRawUserInfo() != null
                || !authority.getRawPath().isEmpty() || authority.getRawQuery() != null) {
            throw new IllegalArgumentException("media host entry is not a host[:port]: " + entry);
        }
        String host = normalise(authority.getHost());
        return new AllowedHost(scheme, wildcard ? host.substring(1) : host, wildcard, authority.getPort());
    }

    /** Host names compare in lower case, without a trailing dot or IPv6 brackets. */
    static String normalise(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** Whether an absolute http(s) URL's scheme, host and port fall under this entry; no DNS involved. */
    boolean matches(URI url) {
        String urlScheme = url.getScheme().toLowerCase(Locale.ROOT);
        // an http entry (local testing) also admits https; an https entry never admits http
        if (!urlScheme.equals(scheme) && !(scheme.equals("http") && urlScheme.equals("https"))) {
            return false;
        }
        int urlPort = url.getPort() >= 0 ? url.getPort() : defaultPort(urlScheme);
        int allowedPort = port >= 0 ? port : defaultPort(urlScheme);
        if (urlPort != allowedPort) {
            return false;
        }
        String urlHost = normalise(url.getHost());
        return wildcard ? urlHost.endsWith(host) && urlHost.length() > host.length() : urlHost.equals(host);
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    @Override
    public String toString() {
        return scheme + "://" + (wildcard ? "*" : "") + host + (port >= 0 ? ":" + port : "");
    }
}
