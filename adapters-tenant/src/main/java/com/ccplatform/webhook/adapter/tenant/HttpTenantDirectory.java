package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.application.port.out.HealthProbe;
import com.ccplatform.webhook.application.port.out.TenantDirectory;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.Tenant;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Looks tenants up in the Tenant Service (FRD 3.3): {@code GET /api/v1/tenants/by-integration/{id}}. A 404 is an
 * answer (no such integration); 5xx, timeouts, refused connections and malformed answers make it unavailable.
 */
public final class HttpTenantDirectory implements TenantDirectory {

    static final String DEPENDENCY = "tenant-service";
    private static final Set<ServiceFault.Kind> RETRY_GET = EnumSet.of(ServiceFault.Kind.NOT_SENT,
            ServiceFault.Kind.TRANSIENT);

    private final HttpClient client;
    private final TenantServiceSettings settings;
    private final String base;
    private final CircuitGuard guard;

    /** @param client the service's shared client (see {@link SharedHttpClient}) */
    public HttpTenantDirectory(HttpClient client, TenantServiceSettings settings) {
        this.client = client;
        this.settings = settings;
        this.base = settings.baseUrl().toString().replaceAll("/+$", "");
        this.guard = new CircuitGuard(DEPENDENCY, settings.timeout(), settings.breaker());
    }

    @Override
    public Optional<Tenant> findByIntegration(IntegrationId integrationId, Deadline deadline)
            throws DependencyUnavailableException {
        return guard.call(deadline, RETRY_GET, timeout -> fetch(integrationId, timeout));
    }

    private Optional<Tenant> fetch(IntegrationId integrationId, Duration timeout) throws ServiceFault {
        HttpRequest request = HttpRequest.newBuilder(uriFor(integrationId))
                .timeout(timeout)
                .header("Authorization", "Bearer " + settings.serviceToken())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<byte[]> response = BoundedExchange.send(client, request, timeout);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw ServiceFault.forStatus(response.statusCode());
        }
        return Optional.of(parse(response.body(), integrationId));
    }

    URI uriFor(IntegrationId integrationId) {
        // URLEncoder writes form encoding; a path segment wants %20 for a space, and '/' stays encoded as %2F
        String segment = URLEncoder.encode(integrationId.value(), StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create(base + "/api/v1/tenants/by-integration/" + segment);
    }

    private static Tenant parse(byte[] body, IntegrationId integrationId) throws ServiceFault {
        try {
            TenantJson json = TenantJson.MAPPER.readValue(body, TenantJson.class);
            if (json == null) {
                throw new ServiceFault(ServiceFault.Kind.BAD_ANSWER, "empty tenant response");
            }
            return json.toTenant(integrationId);
        } catch (IOException | IllegalArgumentException e) {
            // the parser's message can quote the body, and the body holds secrets: keep only the failure's kind
            throw new ServiceFault(ServiceFault.Kind.BAD_ANSWER,
                    "malformed tenant response (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** {@code tenant-service} in {@code /health}: the state of this client's circuit breaker. */
    public HealthProbe healthProbe() {
        return guard.probe();
    }

    /** The breaker's state now, for a gauge. */
    public BreakerState breakerState() {
        return guard.state();
    }
}
