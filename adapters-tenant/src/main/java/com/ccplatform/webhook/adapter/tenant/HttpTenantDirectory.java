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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks tenants up in the Tenant Service (FRD 3.3): {@code GET /api/v1/tenants/by-integration/{id}}. What it says
 * about one id fails that lookup alone and never counts in the breaker: 404 and the other refusals of an id (400, 410,
 * 414, 422) mean no such integration; any other answer we cannot use (401/403: our token refused, another 4xx, a
 * redirect, a malformed record) makes the lookup unavailable with a critical log line naming the integration, never the
 * body. 5xx, 408, 429, timeouts and refused connections make it unavailable and count.
 */
public final class HttpTenantDirectory implements TenantDirectory {

    static final String DEPENDENCY = "tenant-service";
    private static final Logger LOG = LoggerFactory.getLogger(HttpTenantDirectory.class);
    /** Answers about the id itself: the integration is unknown, which Genesys is told with a 400 it does not retry. */
    private static final Set<Integer> UNKNOWN_ID = Set.of(400, 404, 410, 414, 422);
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
        int status = response.statusCode();
        if (status == 200) {
            return Optional.of(parse(response.body(), integrationId));
        }
        if (UNKNOWN_ID.contains(status)) {
            LOG.atDebug().setMessage("tenant_service_refused_id").addKeyValue("integration_id", integrationId.value())
                    .addKeyValue("http_status", status).log();
            return Optional.empty();
        }
        throw unusable(status, integrationId);
    }

    /** The fault for any other status; one that is not the service failing is logged, as it needs a person. */
    private static ServiceFault unusable(int status, IntegrationId integrationId) {
        ServiceFault fault = ServiceFault.forStatus(status);
        if (!fault.isDependencyFault()) {
            LOG.atError().setMessage("tenant_service_refused_request").addKeyValue("severity", "critical")
                    .addKeyValue("integration_id", integrationId.value()).addKeyValue("http_status", status).log();
        }
        return fault;
    }

    URI uriFor(IntegrationId integrationId) {
        // URLEncoder writes form encoding; a path segment wants %20 for a space, and '/' stays encoded as %2F
        String segment = URLEncoder.encode(integrationId.value(), StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create(base + "/api/v1/tenants/by-integration/" + segment);
    }

    private static Tenant parse(byte[] body, IntegrationId integrationId) throws ServiceFault {
        String problem;
        try {
            TenantJson json = TenantJson.MAPPER.readValue(body, TenantJson.class);
            if (json != null) {
                return json.toTenant(integrationId);
            }
            problem = "empty";
        } catch (IOException | IllegalArgumentException e) {
            // the parser's message can quote the body, and the body holds secrets: keep only the failure's kind
            problem = e.getClass().getSimpleName();
        }
        LOG.atError().setMessage("tenant_record_malformed").addKeyValue("severity", "critical")
                .addKeyValue("integration_id", integrationId.value()).addKeyValue("problem", problem).log();
        throw new ServiceFault(ServiceFault.Kind.BAD_ANSWER, "malformed tenant response (" + problem + ")");
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
