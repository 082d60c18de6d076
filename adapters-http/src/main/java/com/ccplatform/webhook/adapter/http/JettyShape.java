package com.ccplatform.webhook.adapter.http;

import io.javalin.config.JavalinConfig;
import io.javalin.util.ConcurrencyUtil;
import java.util.function.IntSupplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LowResourceMonitor;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * How the Jetty under Javalin is shaped for a public webhook endpoint: which threads it runs on, how long a request
 * may be idle, the handlers in front of Javalin, and its one connector.
 */
final class JettyShape {

    /** Connections the kernel holds for the server to accept; Linux caps it at net.core.somaxconn. */
    static final int ACCEPT_QUEUE = 1024;
    /** Request threads on a JVM without virtual threads: blocking waits are few (a new tenant, a media transfer). */
    static final int MAX_PLATFORM_THREADS = 64;

    private JettyShape() {
    }

    /** Applies the shape; {@code door} goes in front of Javalin; the connector listens on {@code port} at start. */
    static void apply(JavalinConfig config, HttpSettings settings, Handler.Wrapper door, IntSupplier port) {
        // Jetty runs on virtual threads when the JVM has them (21+), else on a platform pool. That pool is capped well
        // below Javalin's 250: no webhook holds a thread while it waits for its body or its confirm, and each idle
        // platform thread still costs its stack in the pod's memory (286 threads were 33 MB of RSS under overload).
        config.concurrency.useVirtualThreads = true;
        config.jetty.threadPool = ConcurrencyUtil.jettyThreadPool("JettyServerThreadPool", 8, MAX_PLATFORM_THREADS,
                true);
        // The door answers a body that stops arriving at the deadline itself, and the controller forces an answer a
        // grace after it; a request's idle timeout must outlast both, or Jetty closes the connection unanswered while
        // a webhook waits for its confirm. Idle keep-alive connections keep the connector's longer timeout.
        config.jetty.modifyHttpConfiguration(http -> {
            http.setIdleTimeout(settings.requestDeadline().plus(WebhookController.UNSETTLED_GRACE).plusSeconds(1)
                    .toMillis());
            // Jetty gives every keep-alive connection that sends a second request a header-field cache of its own
            // (jetty/jetty.project#5562): about 85 KB of char tables each. A thousand kept-alive connections were
            // more than the 96 MiB heap (an overload run died of it); the fields of a webhook are few and short.
            http.setHeaderCacheSize(0);
        });
        // The door reads bodies before Javalin runs; Javalin attaches itself inside it. Javalin's LowResourceMonitor
        // cuts every connection idle for a second once the thread pool runs low, which includes webhooks waiting for
        // their confirm: they would go unanswered. The door sheds load with a 503 instead.
        config.jetty.modifyServer(server -> {
            server.setHandler(new GracefulHandler(door));
            server.getBeans(LowResourceMonitor.class).forEach(server::removeBean);
        });
        // A burst of new connections (Genesys retrying after a restart, a rolling deploy) waits in the kernel's accept
        // queue instead of being refused: the JVM's default backlog is 50.
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setPort(port.getAsInt());
            connector.setAcceptQueueSize(ACCEPT_QUEUE);
            return connector;
        });
    }
}
