package com.ccplatform.webhook.application.port.out;

import com.ccplatform.webhook.domain.Require;

/** An OAuth access token for Genesys media downloads; never printed. */
public record AccessToken(String value) {

    private static final String BEARER = "Bearer ";

    public AccessToken {
        Require.nonBlank(value, "access token");
    }

    /**
     * The `Authorization` header value. The Auth Service returns the token with its `Bearer ` prefix (FRD 3.4);
     * another issuer may not: either way the header carries the prefix exactly once.
     */
    public String authorizationHeader() {
        String trimmed = value.trim();
        return trimmed.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? BEARER + trimmed.substring(BEARER.length()).trim()
                : BEARER + trimmed;
    }

    @Override
    public String toString() {
        return "AccessToken[redacted]";
    }
}
