package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.AccessToken;
import com.ccplatform.webhook.application.port.out.AccessTokens;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.application.port.out.HealthProbe;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets media download tokens from the Auth Service (FRD 3.4, {@code POST /api/v1/auth/token}) and reuses each tenant's
 * token until shortly before it expires; concurrent requests for one tenant share one call. A refusal (4xx) or a
 * malformed answer fails that request's attachments alone (the message goes out as text), is logged with the tenant id
 * and never counts in the breaker; 5xx, 408, 429, timeouts and refused connections count.
 */
public final class HttpAccessTokens implements AccessTokens {

    static final String DEPENDENCY = "auth-service";
    private static final Logger LOG = LoggerFactory.getLogger(HttpAccessTokens.class);
    static final String SCOPE = "genesys:media:download";
    // A POST is repeated only when the connection was never made: then the service cannot have issued anything.
    private static final Set<ServiceFault.Kind> RETRY_POST = EnumSet.of(ServiceFault.Kind.NOT_SENT);
    /** Estimated bytes the token cache may hold: a token is a JWT of a kilobyte or two, so 1,000-2,000 tenants. */
    static final long MAXIMUM_TOKEN_BYTES = 4L * 1024 * 1024;

    private final HttpClient client;
    private final AuthServiceSettings settings;
    private final URI tokenUri;
    private final CircuitGuard guard;
    private final AsyncCache<TenantId, IssuedToken> tokens;

    public HttpAccessTokens(HttpClient client, AuthServiceSettings settings) {
        this(client, settings, Ticker.systemTicker());
    }

    /** @param ticker the clock of token expiry; tests pass one they can advance */
    public HttpAccessTokens(HttpClient client, AuthServiceSettings settings, Ticker ticker) {
        this.client = client;
        this.settings = settings;
        this.tokenUri = URI.create(settings.baseUrl().toString().replaceAll("/+$", "") + "/api/v1/auth/token");
        this.guard = new CircuitGuard(DEPENDENCY, settings.timeout(), settings.breaker());
        this.tokens = Caffeine.newBuilder().ticker(ticker).maximumWeight(MAXIMUM_TOKEN_BYTES)
                .weigher(CacheWeights::token).expireAfter(new TokenExpiry(settings.refreshMargin())).buildAsync();
    }

    @Override
    public AccessToken mediaDownloadToken(TenantId tenant, Deadline deadline) throws DependencyUnavailableException {
        return SharedLookup.get(tokens, tenant, deadline, DEPENDENCY,
                () -> guard.call(deadline, RETRY_POST, timeout -> issue(tenant, timeout))).token();
    }

    private IssuedToken issue(TenantId tenant, Duration timeout) throws ServiceFault {
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenUri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(requestBody(tenant)));
        settings.bearerToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<byte[]> response = BoundedExchange.send(client, request.build(), timeout);
        int status = response.statusCode();
        if (status != 200 && status != 201) {
            throw unusable(status, tenant);
        }
        return parse(response.body(), tenant);
    }

    /** The fault for any other status; one that is not the service failing is logged, as it needs a person. */
    private static ServiceFault unusable(int status, TenantId tenant) {
        ServiceFault fault = ServiceFault.forStatus(status);
        if (!fault.isDependencyFault()) {
            LOG.atError().setMessage("auth_service_refused_request").addKeyValue("tenant_id", tenant.value())
                    .addKeyValue("http_status", status).log();
        }
        return fault;
    }

    private static byte[] requestBody(TenantId tenant) throws ServiceFault {
        try {
            return TenantJson.MAPPER.writeValueAsBytes(Map.of("tenantId", tenant.value(), "scope", SCOPE));
        } catch (JsonProcessingException e) {
            throw new ServiceFault(ServiceFault.Kind.BAD_ANSWER, "token request not writable", e);
        }
    }

    private static IssuedToken parse(byte[] body, TenantId tenant) throws ServiceFault {
        String problem;
        try {
            IssuedToken issued = TenantJson.MAPPER.readValue(body, IssuedToken.class);
            if (issued != null && issued.accessToken() != null && !issued.accessToken().isBlank()) {
                return issued;
            }
            problem = "no accessToken";
        } catch (IOException e) {
            // the parser's message can quote the body, which holds the token
            problem = e.getClass().getSimpleName();
        }
        LOG.atError().setMessage("auth_token_malformed").addKeyValue("tenant_id", tenant.value())
                .addKeyValue("problem", problem).log();
        throw new ServiceFault(ServiceFault.Kind.BAD_ANSWER, "malformed token response (" + problem + ")");
    }

    /** The estimated bytes the token cache holds now (see {@link CacheWeights}). */
    long estimatedBytes() {
        tokens.synchronous().cleanUp();
        return tokens.synchronous().asMap().entrySet().stream()
                .mapToLong(entry -> CacheWeights.token(entry.getKey(), entry.getValue())).sum();
    }

    /** {@code auth-service} in {@code /health}: the state of this client's circuit breaker. */
    public HealthProbe healthProbe() {
        return guard.probe();
    }

    /** The breaker's state now, for a gauge. */
    public BreakerState breakerState() {
        return guard.state();
    }

    /** Each token lives as long as {@link IssuedToken#reusableFor} says. */
    private static final class TokenExpiry implements Expiry<TenantId, IssuedToken> {
        private final Duration maxMargin;

        TokenExpiry(Duration maxMargin) {
            this.maxMargin = maxMargin;
        }

        @Override
        public long expireAfterCreate(TenantId key, IssuedToken value, long currentTime) {
            return value.reusableFor(maxMargin).toNanos();
        }

        @Override
        public long expireAfterUpdate(TenantId key, IssuedToken value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(TenantId key, IssuedToken value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
