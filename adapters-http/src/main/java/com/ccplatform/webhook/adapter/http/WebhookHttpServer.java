package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.in.IngestWebhookUseCase;
import com.ccplatform.webhook.application.port.in.ReportHealthUseCase;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's HTTP front door on Javalin: `POST /webhook`, `GET /health`, `/ready`, `/live`, `/metrics`, JSON 404 and
 * 405, optional HTTPS redirect and per-client rate limit. {@link #stop(Duration)} is graceful: the port closes first,
 * then requests in flight get up to the grace period to finish.
 */
public final class WebhookHttpServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookHttpServer.class);

    private final HttpSettings settings;
    private final PrometheusMeterRegistry registry;
    private final HttpServerMetrics serverMetrics;
    private final Javalin app;
    private volatile int listenPort;

    public WebhookHttpServer(HttpSettings settings, IngestWebhookUseCase ingest, ReportHealthUseCase health,
                             PrometheusMeterRegistry registry) {
        this(settings, ingest, health, registry, Clock.systemUTC());
    }

    /** {@code clock} stamps the `/health` timestamp. */
    public WebhookHttpServer(HttpSettings settings, IngestWebhookUseCase ingest, ReportHealthUseCase health,
                             PrometheusMeterRegistry registry, Clock clock) {
        this.settings = settings;
        this.registry = registry;
        this.serverMetrics = new HttpServerMetrics(registry);
        WebhookRecorder recorder = new WebhookRecorder(new WebhookRequestMetrics(registry), serverMetrics);
        WebhookController webhook = new WebhookController(ingest, settings, recorder, this::reply);
        WebhookIntake intake = intake(settings, registry, recorder);
        OperationsEndpoints operations = new OperationsEndpoints(health, registry, clock);
        this.app = Javalin.create(config -> configure(config, webhook, operations, intake));
    }

    /** Starts on the configured port. */
    public WebhookHttpServer start() {
        return start(settings.port());
    }

    /** Starts on {@code port} (0: a free one, see {@link #port()}) on every interface. */
    public WebhookHttpServer start(int port) {
        listenPort = port;
        app.start();
        serverMetrics.bindProcessAndPool(app.jettyServer().threadPool());
        return this;
    }

    /**
     * Runs a reply on the server's own threads, as a request would be; inline if the pool no longer takes work
     * (stopping), which is still better than no answer.
     */
    private void reply(Runnable task) {
        try {
            app.jettyServer().threadPool().execute(task);
        } catch (RejectedExecutionException | IllegalStateException e) {
            task.run();
        }
    }

    public int port() {
        return app.port();
    }

    /**
     * Stops taking connections at once, waits up to {@code grace} for requests in flight to be answered, then stops.
     * Call it after `/ready` has reported draining long enough for load balancers to notice. When the grace runs out
     * Jetty stops anyway, cutting off what was still open; that is logged and does not throw, so the caller goes on
     * to close the broker connection in order.
     *
     * @return true when everything in flight finished within the grace
     */
    public boolean stop(Duration grace) {
        // Jetty's graceful stop: connectors close, then the GracefulHandler waits for in-flight requests.
        app.jettyServer().server().setStopTimeout(Math.max(1, grace.toMillis()));
        try {
            app.stop();
            return true;
        } catch (RuntimeException e) {
            if (!Causes.include(e, java.util.concurrent.TimeoutException.class)) {
                throw e;
            }
            LOG.atWarn().setMessage("http_stop_grace_exceeded").addKeyValue("grace_ms", grace.toMillis()).log();
            return false;
        } finally {
            serverMetrics.close();
        }
    }

    /** The door of `POST /webhook`, and the gauges of what it holds. */
    private static WebhookIntake intake(HttpSettings settings, PrometheusMeterRegistry registry,
                                        WebhookRecorder recorder) {
        BodyBudget budget = new BodyBudget(settings.intake().bodyBudgetBytes());
        WebhookIntake intake = new WebhookIntake(settings, budget, new Shedding(registry, System::nanoTime), recorder);
        Gauge.builder("webhook.in.flight", intake, WebhookIntake::inFlight)
                .description("Webhooks between arrival and answer").register(registry);
        Gauge.builder("webhook.in.flight.limit", settings.intake(), IntakeLimits::maxInFlight)
                .description("MAX_IN_FLIGHT_WEBHOOKS").register(registry);
        Gauge.builder("webhook.body.reserved.bytes", budget, BodyBudget::reserved)
                .description("Webhook body bytes held or reserved now").baseUnit("bytes").register(registry);
        Gauge.builder("webhook.body.budget.bytes", budget, BodyBudget::limit)
                .description("REQUEST_BODY_BUDGET_MB").baseUnit("bytes").register(registry);
        return intake;
    }

    private void configure(JavalinConfig config, WebhookController webhook, OperationsEndpoints operations,
                           WebhookIntake intake) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = settings.maxRequestBytes();
        JettyShape.apply(config, settings, intake, () -> listenPort);
        config.requestLogger.http(serverMetrics::record);
        guards(config);
        config.routes.post("/webhook", webhook::handle);
        config.routes.get("/health", operations::health);
        config.routes.get("/ready", operations::ready);
        config.routes.get("/live", operations::live);
        config.routes.get("/metrics", operations::metrics);
        config.routes.error(404, ctx -> JsonResponses.send(ctx, 404, Map.of("error", "Not found")));
        config.routes.error(405, ctx -> JsonResponses.send(ctx, 405, Map.of("error", "Method not allowed")));
        config.router.javaLangErrorHandler(WebhookHttpServer::answerError);
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.atError().setMessage("request_failed").addKeyValue("severity", "critical")
                    .addKeyValue("path", ctx.path()).addKeyValue("error", e.getClass().getName()).setCause(e).log();
            JsonResponses.send(ctx, 500, Map.of("error", "Processing failed"));
        });
    }

    /** A java.lang.Error (stack overflow, out of memory) still gets the JSON 500, if the JVM can still answer. */
    private static void answerError(HttpServletResponse response, Error error) {
        LOG.atError().setMessage("request_failed").addKeyValue("severity", "critical")
                .addKeyValue("error", error.getClass().getName()).setCause(error).log();
        try {
            response.setStatus(500);
            response.setContentType(JsonResponses.CONTENT_TYPE);
            response.getOutputStream().write(JsonResponses.bytes(Map.of("error", "Processing failed")));
        } catch (IOException | RuntimeException e) {
            LOG.atDebug().setMessage("error_reply_not_sent").addKeyValue("error", e.getClass().getName()).log();
        }
    }

    private void guards(JavalinConfig config) {
        ForwardedHeaders forwarded = new ForwardedHeaders(settings.trustedProxies());
        if (settings.enforceHttps()) {
            HttpsRedirect redirect = new HttpsRedirect(forwarded);
            config.routes.before(ctx -> {
                if (redirect.redirected(ctx)) {
                    ctx.skipRemainingHandlers();
                }
            });
        }
        if (settings.rateLimitPerMinute() > 0) {
            PerClientRateLimit limit = new PerClientRateLimit(settings.rateLimitPerMinute(), System::nanoTime);
            config.routes.before("/webhook", ctx -> rateLimited(ctx, limit, forwarded));
        }
    }

    private static void rateLimited(Context ctx, PerClientRateLimit limit, ForwardedHeaders forwarded) {
        if (ctx.res().isCommitted() || ctx.status().getCode() >= 300) {
            return;
        }
        OptionalLong retryAfter = limit.admit(forwarded.client(ctx));
        if (retryAfter.isPresent()) {
            ctx.header("Retry-After", Long.toString(retryAfter.getAsLong()));
            // The body is never read: closing keeps it from being taken as the next request, and from holding the
            // exchange open (a graceful stop once waited out its grace on such a request).
            ctx.header("Connection", "close");
            JsonResponses.send(ctx, 429, Map.of("error", "Too many requests"));
            ctx.skipRemainingHandlers();
        }
    }
}
