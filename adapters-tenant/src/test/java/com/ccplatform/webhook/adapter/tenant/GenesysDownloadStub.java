package com.ccplatform.webhook.adapter.tenant;

import com.sun.net.httpserver.HttpExchange;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Genesys's download endpoint over a stub server: files by path, with or without a Content-Length. */
final class GenesysDownloadStub implements StubServer.Responder {

    private record File(byte[] bytes, String contentType, boolean announceLength) {
    }

    private final Map<String, File> files = new ConcurrentHashMap<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    /** Serves the bytes and returns their path. */
    String serve(byte[] bytes, String contentType, boolean announceLength) {
        String path = "/api/v2/downloads/" + UUID.randomUUID();
        files.put(path, new File(bytes.clone(), contentType, announceLength));
        return path;
    }

    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    @Override
    public void respond(StubServer.Request request, HttpExchange exchange) throws Exception {
        authorizations.add(String.valueOf(request.header("Authorization")));
        File file = files.get(request.rawPath());
        if (file == null) {
            StubServer.status(404).respond(request, exchange);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", file.contentType());
        exchange.sendResponseHeaders(200, file.announceLength() ? file.bytes().length : 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(file.bytes());
        }
    }
}
