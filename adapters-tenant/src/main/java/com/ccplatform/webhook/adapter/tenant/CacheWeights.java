package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.Tenant;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.util.Optional;

/**
 * What a cache entry holds on the heap, estimated in bytes on the high side, so the caches are bounded by memory and
 * not only by count: many long ids or a tenant with many long secrets weigh what they cost.
 */
final class CacheWeights {

    /** Caffeine's node (with expiry and weight), the key's record and the value's wrappers. */
    private static final long ENTRY = 112;
    /** A tenant record with its id, integration id, status and secret list, before their strings. */
    private static final long TENANT = 96;
    /** A secret's record and its slot in the list. */
    private static final long SECRET = 24;
    /** An issued token's record, before its strings. */
    private static final long TOKEN = 40;

    private CacheWeights() {
    }

    /** A fresh answer: an unknown integration weighs its key, a found one its tenant too. */
    static int answer(IntegrationId key, Optional<Tenant> answer) {
        return clamp(ENTRY + string(key.value()) + answer.map(CacheWeights::tenant).orElse(0L));
    }

    /** A last-known tenant. */
    static int tenant(IntegrationId key, Tenant tenant) {
        return clamp(ENTRY + string(key.value()) + tenant(tenant));
    }

    /** A tenant's media token. */
    static int token(TenantId key, IssuedToken token) {
        return clamp(ENTRY + string(key.value()) + TOKEN + string(token.accessToken()) + string(token.tokenType()));
    }

    private static long tenant(Tenant tenant) {
        long bytes = TENANT + string(tenant.id().value()) + string(tenant.integrationId().value());
        for (WebhookSecret secret : tenant.secrets()) {
            bytes += SECRET + string(secret.value());
        }
        return bytes;
    }

    /** A String: its header and its array, two bytes a character (compact Latin-1 strings take half). */
    private static long string(String value) {
        return value == null ? 0 : 40 + 2L * value.length();
    }

    private static int clamp(long bytes) {
        return (int) Math.min(bytes, Integer.MAX_VALUE);
    }
}
