package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.domain.tenant.Tenant;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The Tenant Service's lookup endpoint over a stub server: checks the bearer token, decodes the id, answers FRD 3.3. */
final class TenantServiceStub implements StubServer.Responder {

    static final String TOKEN = "tenant-service-token";
    private static final String PREFIX = "/api/v1/tenants/by-integration/";

    private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();

    TenantServiceStub with(Tenant tenant) {
        tenants.put(tenant.integrationId().value(), tenant);
        return this;
    }

    static String json(Tenant tenant) throws Exception {
        return TenantJson.MAPPER.writeValueAsString(TenantJson.of(tenant));
    }

    @Override
    public void respond(StubServer.Request request, com.sun.net.httpserver.HttpExchange exchange) throws Exception {
        if (!("Bearer " + TOKEN).equals(request.header("Authorization"))) {
            StubServer.status(401).respond(request, exchange);
            return;
        }
        String raw = request.rawPath();
        // the id must arrive as one encoded segment: a '/' left unencoded would make it two
        String segment = raw.startsWith(PREFIX) ? raw.substring(PREFIX.length()) : "";
        Tenant tenant = segment.isEmpty() || segment.contains("/")
                ? null : tenants.get(URLDecoder.decode(segment, StandardCharsets.UTF_8));
        if (tenant == null) {
            StubServer.status(404).respond(request, exchange);
        } else {
            StubServer.json(200, json(tenant)).respond(request, exchange);
        }
    }
}
