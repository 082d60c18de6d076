/**
 * Outbound HTTP adapters: the Tenant Service ({@link com.ccplatform.webhook.adapter.tenant.HttpTenantDirectory},
 * cached by {@link com.ccplatform.webhook.adapter.tenant.CachingTenantDirectory}), the Auth Service
 * ({@link com.ccplatform.webhook.adapter.tenant.HttpAccessTokens}) and Genesys attachment downloads
 * ({@link com.ccplatform.webhook.adapter.tenant.GenesysMediaSource}), all on one shared JDK HttpClient that never
 * follows redirects itself (the media source follows a download's redirects on its own, without the token).
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>Each dependency has a Failsafe circuit breaker. The per-attempt timeout is the smaller of the dependency's
 *       timeout and the request's remaining time, so it differs per call: it is applied on the attempt itself (request
 *       timeout plus a bounded wait on the response future) instead of a fixed Failsafe {@code Timeout} policy.</li>
 *   <li>The tenant GET is retried once after 50 ms when the connection failed, timed out or got a 5xx, and only when at
 *       least 150 ms of the deadline remain. The token POST is retried only when the connection was never made, the
 *       one case where the Auth Service cannot have issued anything.</li>
 *   <li>A breaker counts only the dependency failing: refused connections, timeouts, 5xx, 408 and 429 (the service
 *       shedding load, whatever the id). Anything else the service answers is about one request and never opens it,
 *       so junk cannot shut a dependency off for every tenant: Failsafe records such an answer as a success, like a
 *       404, which in half-open also returns the trial permit. From the Tenant Service, 404, 400, 410, 414 and 422
 *       mean the integration is unknown (400 to Genesys); 401/403, other 4xx and a malformed record make that request
 *       503 with a critical log line naming the integration. From the Auth Service, any 4xx or malformed answer
 *       drops that message's attachments (published as text) and is logged with the tenant id.</li>
 *   <li>Tenants and their webhook secrets are cached in memory, the only state the service keeps: a found tenant for
 *       60 s, an unknown integration for 10 s. When a refresh fails, the last tenant found within 15 min keeps
 *       being served (waiting at most 500 ms for the fresh answer), so a Tenant Service outage does not stop tenants
 *       already seen. The price: during an outage a tenant deactivated or a secret revoked in the meantime keeps
 *       working until the service answers again or the 15 min pass. A 404 removes the tenant at once. Each tenant
 *       cache, and the token cache, is bounded by an estimate of its bytes (4 MiB each), not by a count, so neither
 *       distinct ids nor large records can grow it.</li>
 *   <li>Media downloads start only at hosts in {@code MEDIA_ALLOWED_HOSTS}; a host admitted by a wildcard must not
 *       resolve to an internal address. Genesys answers with a redirect to a signed storage URL: up to 3 redirects
 *       are followed, without the token, each target checked again ({@code MEDIA_REDIRECT_ALLOWED_HOSTS}, else any
 *       public https host on 443, never an internal address unless listed by exact name). The JDK client resolves the name again when it connects and offers no way to pin the
 *       checked address, so DNS rebinding between the two lookups remains possible; the JVM's DNS cache (30 s by
 *       default) makes the second lookup usually return the checked answer.</li>
 * </ul>
 */
package com.ccplatform.webhook.adapter.tenant;
