package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.out.AccessToken;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Answers for stub servers playing Genesys's redirecting download endpoint and the signed storage behind it. */
final class RedirectStubs {

    private RedirectStubs() {
    }

    /** A redirect with this status to this Location, and no body. */
    static StubServer.Responder redirect(int status, String location) {
        return (request, exchange) -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    /** Signed storage: a request that carries an Authorization header gets a 400, as S3 answers one; else the bytes. */
    static StubServer.Responder signedStorage(byte[] bytes, String contentType) {
        return (request, exchange) -> {
            if (request.header("Authorization") != null) {
                StubServer.send(exchange, 400, "application/xml", "<Error><Code>InvalidArgument</Code></Error>"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        };
    }

    /** Genesys: a 401 unless the request carries the tenant's token, else {@code then}. */
    static StubServer.Responder requiringToken(AccessToken token, StubServer.Responder then) {
        return (request, exchange) -> {
            if (token.authorizationHeader().equals(request.header("Authorization"))) {
                then.respond(request, exchange);
            } else {
                StubServer.status(401).respond(request, exchange);
            }
        };
    }

    /** {@code /chain/n/i}: a 302 to {@code /chain/n/i+1} while i < n, then the bytes: a chain of n redirects. */
    static StubServer.Responder chain(byte[] bytes) {
        return (request, exchange) -> {
            String[] parts = request.rawPath().split("/");
            int length = Integer.parseInt(parts[2]);
            int hop = Integer.parseInt(parts[3]);
            if (hop < length) {
                redirect(302, "/chain/" + length + "/" + (hop + 1)).respond(request, exchange);
            } else {
                signedStorage(bytes, "image/png").respond(request, exchange);
            }
        };
    }
}
