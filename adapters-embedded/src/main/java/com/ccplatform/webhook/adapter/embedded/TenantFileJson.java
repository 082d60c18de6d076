package com.ccplatform.webhook.adapter.embedded;

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
 * One entry of the tenants file: the Tenant Service's tenant object (FRD 3.3), so a file can be filled with what the
 * service answers, including the {@code webhookSecrets} rotation list. This module's own mapping: the file is its
 * format, and adapters do not share code.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record TenantFileJson(String tenantId, String integrationId, String webhookSecret, List<String> webhookSecrets,
                      String status) {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static TenantFileJson of(Tenant tenant) {
        List<String> secrets = tenant.secrets().stream().map(WebhookSecret::value).toList();
        return new TenantFileJson(tenant.id().value(), tenant.integrationId().value(), secrets.get(0),
                secrets.size() > 1 ? secrets : null, tenant.isActive() ? "active" : "inactive");
    }

    /**
     * The domain tenant.
     *
     * @throws IllegalArgumentException when the integration id, the tenant id or every secret is missing
     */
    Tenant toTenant() {
        if (integrationId == null || integrationId.isBlank()) {
            throw new IllegalArgumentException("every tenant needs an integrationId");
        }
        return new Tenant(new TenantId(tenantId), new IntegrationId(integrationId), secrets(),
                TenantStatus.fromWire(status));
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
