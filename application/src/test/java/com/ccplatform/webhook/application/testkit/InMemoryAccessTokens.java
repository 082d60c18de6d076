package com.ccplatform.webhook.application.testkit;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.AccessToken;
import com.ccplatform.webhook.application.port.out.AccessTokens;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.domain.tenant.TenantId;
import java.util.concurrent.atomic.AtomicInteger;

/** The Auth Service in memory: one token per tenant (`token-for-{tenant}`), or unavailable. */
public final class InMemoryAccessTokens implements AccessTokens {

    private final AtomicInteger issued = new AtomicInteger();
    private volatile boolean unavailable;

    public void makeUnavailable(boolean down) {
        this.unavailable = down;
    }

    public int issued() {
        return issued.get();
    }

    public static AccessToken tokenFor(TenantId tenant) {
        return new AccessToken("Bearer token-for-" + tenant.value());
    }

    @Override
    public AccessToken mediaDownloadToken(TenantId tenant, Deadline deadline) throws DependencyUnavailableException {
        if (unavailable) {
            throw new DependencyUnavailableException("auth-service", "in-memory token source switched off");
        }
        issued.incrementAndGet();
        return tokenFor(tenant);
    }
}
