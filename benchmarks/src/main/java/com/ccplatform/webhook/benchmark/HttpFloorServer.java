package com.ccplatform.webhook.benchmark;

import com.rabbitmq.client.ConnectionFactory;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The floor under any Javalin service on this machine: Javalin configured as the service's HTTP adapter is, whose
 * `POST /webhook` only reads the body, publishes it persistent and confirmed to RabbitMQ (receipts to the second
 * queue) and answers 200 JSON. No parsing, signature, tenant lookup, classification, metrics or logging. Run as its
 * own JVM by {@link FloorBenchmark} with the service's JVM options, so its CPU per request is the least the
 * service's could be.
 *
 * <p>Arguments: port, RabbitMQ host, port, user, password, outbound queue, status queue, channels, and `blocking`
 * (the request thread waits for the confirm, as the service's does), `async` (Javalin's ctx.future: no thread
 * waits; the AMQP I/O thread that settles the confirm writes the reply) or `async-hop` (as `async`, but the reply
 * is written on a Jetty pool thread, so a client slow to read cannot stall the AMQP I/O thread).
 */
public final class HttpFloorServer {

    private static final byte[] RECEIPT = "\"type\":\"Receipt\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OK = "{\"status\":\"ok\"}".getBytes(StandardCharsets.US_ASCII);

    private HttpFloorServer() {
    }

    public static void main(String[] args) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(args[1]);
        factory.setPort(Integer.parseInt(args[2]));
        factory.setUsername(args[3]);
        factory.setPassword(args[4]);
        factory.useNio(); // as the service's publisher
        BareConfirmPublisher publisher = new BareConfirmPublisher(factory, List.of(args[5], args[6]),
                Integer.parseInt(args[7]));
        String mode = args.length > 8 ? args[8] : "blocking";
        AtomicReference<Executor> jettyPool = new AtomicReference<>();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.routes.get("/ready", ctx -> ctx.contentType("application/json").result(OK));
            config.routes.post("/webhook", ctx -> {
                byte[] body = ctx.bodyAsBytes();
                int queue = contains(body, RECEIPT) ? 1 : 0;
                if (mode.equals("async")) {
                    var confirmed = publisher.publishAsync(queue, body, UUID.randomUUID().toString());
                    ctx.future(() -> confirmed.thenRun(() -> ctx.contentType("application/json").result(OK)));
                } else if (mode.equals("async-hop")) {
                    var confirmed = publisher.publishAsync(queue, body, UUID.randomUUID().toString());
                    ctx.future(() -> confirmed.thenRunAsync(() -> ctx.contentType("application/json").result(OK),
                            jettyPool.get()));
                } else {
                    publisher.publish(queue, body, UUID.randomUUID().toString());
                    ctx.contentType("application/json").result(OK);
                }
            });
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                publisher.close();
            } catch (Exception e) {
                // the benchmark deletes the queues itself
            }
        }));
        app.start("127.0.0.1", Integer.parseInt(args[0]));
        jettyPool.set(app.jettyServer().threadPool());
    }

    private static boolean contains(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= body.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
