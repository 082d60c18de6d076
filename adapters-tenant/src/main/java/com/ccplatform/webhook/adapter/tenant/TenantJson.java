package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.Tenant;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.ccplatform.webhook.domain.tenant.TenantStatus;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Tenant Service's tenant as JSON (FRD 3.3), with the optional {@code webhookSecrets} array that lists every
 * secret active during a rotation beside the single {@code webhookSecret}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record TenantJson(String tenantId, String integrationId, String webhookSecret, List<String> webhookSecrets,
                  String status) {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static TenantJson of(Tenant tenant) {
        List<String> secrets = tenant.secrets().stream().map(WebhookSecret::value).toList();
        return new TenantJson(tenant.id().value(), tenant.integrationId().value(), secrets.get(0),
                secrets.size() > 1 ? secrets : null, tenant.isActive() ? "active" : "inactive");
    }

    /**
     * The domain tenant. The integration id is the one looked up when the answer leaves it out.
     *
     * @throws IllegalArgumentException when the tenant id or every secret is missing
     */
    Tenant toTenant(IntegrationId requested) {
        IntegrationId integration = integrationId == null || integrationId.isBlank()
                ? requested : new IntegrationId(integrationId);
        return new Tenant(new TenantId(tenantId), integration, secrets(), TenantStatus.fromWire(status));
    }

    /** The single secret first, then the rotation list; blanks and repeats dropped. */
    private List<WebhookSecret> secrets() {
        Set<String> values = new LinkedHashSet<>();
        if (webhookSecret != null && !webhookSecret.isBlank()) {
            values.add(webhookSecret);
        }
        if (webhookSecrets != null) {
            webhookSecrets.stream().filter(s -> s != null && !s.isBlank()).forEach(values::add);
        }
        return values.stream().map(WebhookSecret::new).toList();
    }
}
