package com.ccplatform.webhook.adapter.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

/** The Auth Service's token endpoint over a stub server (FRD 3.4): one token per tenant, with a lifetime. */
final class AuthServiceStub implements StubServer.Responder {

    private final long expiresIn;
    private final boolean withPrefix;

    AuthServiceStub(long expiresIn, boolean withPrefix) {
        this.expiresIn = expiresIn;
        this.withPrefix = withPrefix;
    }

    static AuthServiceStub frd() {
        return new AuthServiceStub(3600, true);
    }

    static String tokenFor(String tenantId) {
        return "eyJhbGc.token-for-" + tenantId;
    }

    @Override
    public void respond(StubServer.Request request, HttpExchange exchange) throws Exception {
        JsonNode body = TenantJson.MAPPER.readTree(request.body());
        if (!request.method().equals("POST") || !request.rawPath().equals("/api/v1/auth/token")
                || !"genesys:media:download".equals(body.path("scope").asText())) {
            StubServer.status(400).respond(request, exchange);
            return;
        }
        String token = (withPrefix ? "Bearer " : "") + tokenFor(body.path("tenantId").asText());
        StubServer.json(200, "{\"accessToken\":\"" + token + "\",\"expiresIn\":" + expiresIn
                + ",\"tokenType\":\"Bearer\"}").respond(request, exchange);
    }
}
