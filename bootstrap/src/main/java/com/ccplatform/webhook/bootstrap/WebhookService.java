package com.ccplatform.webhook.bootstrap;

import com.ccplatform.webhook.adapter.amqp.RabbitMqEventPublisher;
import com.ccplatform.webhook.adapter.http.MicrometerWebhookTelemetry;
import com.ccplatform.webhook.adapter.http.WebhookHttpServer;
import com.ccplatform.webhook.adapter.tenant.GenesysMediaSource;
import com.ccplatform.webhook.adapter.tenant.SharedHttpClient;
import com.ccplatform.webhook.application.port.out.AccessTokens;
import com.ccplatform.webhook.application.port.out.HealthProbe;
import com.ccplatform.webhook.application.port.out.MediaStore;
import com.ccplatform.webhook.application.port.out.ObjectIds;
import com.ccplatform.webhook.application.port.out.TenantDirectory;
import com.ccplatform.webhook.application.service.HealthService;
import com.ccplatform.webhook.application.service.IngestPorts;
import com.ccplatform.webhook.application.service.IngestSettings;
import com.ccplatform.webhook.application.service.IngestWebhookService;
import com.ccplatform.webhook.domain.event.EchoPolicy;
import com.ccplatform.webhook.domain.media.MediaPolicy;
import com.ccplatform.webhook.domain.publish.Destination;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the only place that calls {@code new} on adapters. Read {@link #start} top to bottom to see
 * how the service is wired; each infrastructure part is the real one when configured, else the embedded default.
 */
public final class WebhookService {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookService.class);

    private final ServiceConfiguration config;
    private final HealthService health;
    private final WebhookHttpServer server;
    private final RabbitMqEventPublisher publisher;
    private final Optional<String> embeddedBrokerAddress;
    private final List<AutoCloseable> closeLast;
    private final StartupBanner banner;

    private WebhookService(ServiceConfiguration config, HealthService health, WebhookHttpServer server,
                           RabbitMqEventPublisher publisher, Optional<String> embeddedBrokerAddress,
                           List<AutoCloseable> closeLast, StartupBanner banner) {
        this.config = config;
        this.health = health;
        this.server = server;
        this.publisher = publisher;
        this.embeddedBrokerAddress = embeddedBrokerAddress;
        this.closeLast = closeLast;
        this.banner = banner;
    }

    /** Builds every part from the configuration, connects what can be connected and starts serving. */
    public static WebhookService start(ServiceConfiguration config) throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        FunctionCounter.builder("log.events.dropped", DroppingAsyncAppender.class, c -> DroppingAsyncAppender.dropped())
                .description("Log lines dropped so that no request waits for the log").register(registry);
        List<HealthProbe> probes = new ArrayList<>();
        List<AutoCloseable> closeLast = new ArrayList<>();
        StartupBanner banner = new StartupBanner();
        banner.environment(config.mode());

        // Broker, media store, tenants and tokens: each the configured service, or its embedded default
        // (ChosenAdapters). Tenants, tokens and downloads share one HTTP client (connection reuse, HTTP/2 where offered).
        ChosenAdapters adapters = new ChosenAdapters(config, probes, closeLast, registry, banner);
        RabbitMqEventPublisher publisher = adapters.publisher();
        MediaStore mediaStore = adapters.mediaStore();
        HttpClient http = SharedHttpClient.create(Duration.ofSeconds(2));
        TenantDirectory tenants = adapters.tenants(http);
        AccessTokens tokens = adapters.tokens(http);
        GenesysMediaSource mediaSource = new GenesysMediaSource(http, config.download());
        closeLast.add(mediaSource);

        // The use case, with its policies.
        MicrometerWebhookTelemetry telemetry = new MicrometerWebhookTelemetry(registry, Map.of(
                Destination.OUTBOUND, config.broker().outboundQueue(), Destination.STATUS, config.broker().statusQueue()));
        IngestPorts ports = new IngestPorts(tenants, tokens, mediaSource, mediaStore,
                new MediaPolicy(config.maxFileBytes()), publisher, telemetry, ObjectIds.random(), Clock.systemUTC());
        IngestWebhookService ingest = new IngestWebhookService(ports, new EchoPolicy(config.echoPrefixes()),
                new IngestSettings(config.download().timeout(), Duration.ofSeconds(1), Duration.ofMillis(100),
                        config.mediaTransfers()));
        // Readiness means "this pod can accept webhooks", so only the broker is required for it. The media store,
        // Tenant Service and Auth Service show in /health, but without them media degrades to text (FRD 7.3) and
        // cached tenants are served; taking every pod out of rotation for that would refuse what could be accepted.
        HealthService health = new HealthService(List.of(publisher), probes);

        // The front door.
        WebhookHttpServer server = new WebhookHttpServer(config.http(), ingest, health, registry)
                .start(config.http().port());
        return new WebhookService(config, health, server, publisher, adapters.embeddedBrokerAddress(), closeLast,
                banner);
    }

    public int port() {
        return server.port();
    }

    /** The embedded broker's address, when the service runs on the embedded default. */
    public Optional<String> embeddedBrokerAddress() {
        return embeddedBrokerAddress;
    }

    /** What the service prints at start: the port, where each adapter points, and a signed curl when it can. */
    public String banner() {
        return banner.render(port());
    }

    /**
     * Stops without losing an accepted event: `/ready` turns 503, the server stops taking requests after the drain
     * period and lets in-flight requests finish (their confirms included), then the broker connection closes.
     */
    public void stop() {
        LOG.atInfo().setMessage("shutdown_started").log();
        health.startDraining();
        pause(config.drain());
        server.stop(config.grace());
        boolean confirmed = publisher.close(RabbitMqEventPublisher.DEFAULT_CLOSE_GRACE);
        for (AutoCloseable part : closeLast) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.atWarn().setMessage("close_failed").addKeyValue("part", part.getClass().getSimpleName()).log();
            }
        }
        LOG.atInfo().setMessage("shutdown_finished").addKeyValue("all_confirms_settled", confirmed).log();
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
