package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.out.AccessToken;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Duration;

/** The Auth Service's answer (FRD 3.4): {@code accessToken} (maybe with its `Bearer ` prefix) and {@code expiresIn} seconds. */
@JsonIgnoreProperties(ignoreUnknown = true)
record IssuedToken(String accessToken, Long expiresIn, String tokenType) {

    /** Replaced this long before it expires, so a request never starts with a token about to lapse. */
    private static final Duration MINIMUM_MARGIN = Duration.ofSeconds(5);

    AccessToken token() {
        return new AccessToken(accessToken);
    }

    /**
     * How long the token may be reused: its lifetime less a tenth of it, at least 5 s and at most {@code maxMargin}.
     * Zero (use once) when the answer gives no lifetime.
     */
    Duration reusableFor(Duration maxMargin) {
        if (expiresIn == null || expiresIn <= 0) {
            return Duration.ZERO;
        }
        Duration lifetime = Duration.ofSeconds(expiresIn);
        Duration margin = lifetime.dividedBy(10);
        margin = margin.compareTo(MINIMUM_MARGIN) < 0 ? MINIMUM_MARGIN : margin;
        margin = margin.compareTo(maxMargin) > 0 ? maxMargin : margin;
        Duration reusable = lifetime.minus(margin);
        return reusable.isNegative() ? Duration.ZERO : reusable;
    }

    @Override
    public String toString() {
        return "IssuedToken[redacted, expiresIn=" + expiresIn + "]";
    }
}
