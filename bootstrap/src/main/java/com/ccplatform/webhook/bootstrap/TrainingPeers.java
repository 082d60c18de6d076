package com.ccplatform.webhook.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * What {@link AotTraining} talks to, in a process of its own so that none of their classes go into the service's AOT
 * cache: the embedded AMQP broker, and a Tenant Service that knows the one training tenant. Arguments: integration
 * id, tenant id, webhook secret, bearer token. Prints {@code training-peers amqp=<port> tenants=<url>} and runs until
 * its standard input closes (its parent ended).
 */
public final class TrainingPeers {

    static final String READY = "training-peers ";
    private static final String PREFIX = "/api/v1/tenants/by-integration/";

    private TrainingPeers() {
    }

    public static void main(String[] args) throws Exception {
        String integration = args[0];
        String record = "{\"tenantId\":\"" + args[1] + "\",\"integrationId\":\"" + integration
                + "\",\"webhookSecret\":\"" + args[2] + "\",\"status\":\"active\"}";
        String authorization = "Bearer " + args[3];
        ChosenAdapters.RunningBroker broker = ChosenAdapters.startEmbeddedBroker();
        HttpServer tenants = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        tenants.createContext("/", exchange -> {
            boolean known = exchange.getRequestURI().getPath().equals(PREFIX + integration);
            if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                reply(exchange, 401, "{\"error\":\"unauthorized\"}");
            } else {
                reply(exchange, known ? 200 : 404, known ? record : "{\"error\":\"not found\"}");
            }
        });
        tenants.start();
        System.out.println(READY + "amqp=" + broker.port() + " tenants=http://127.0.0.1:"
                + tenants.getAddress().getPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            // runs until the parent closes our standard input, or ends
        }
        tenants.stop(0);
        broker.broker().close();
        System.exit(0);
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
