package com.ccplatform.webhook.bootstrap;

import com.ccplatform.webhook.adapter.amqp.RabbitMqEventPublisher;
import com.ccplatform.webhook.adapter.embedded.EmbeddedAmqpBroker;
import com.ccplatform.webhook.adapter.embedded.FileTenantDirectory;
import com.ccplatform.webhook.adapter.embedded.LocalDirectoryMediaStore;
import com.ccplatform.webhook.adapter.embedded.UnconfiguredAccessTokens;
import com.ccplatform.webhook.adapter.minio.MinioMediaStore;
import com.ccplatform.webhook.adapter.tenant.CachingTenantDirectory;
import com.ccplatform.webhook.adapter.tenant.HttpAccessTokens;
import com.ccplatform.webhook.adapter.tenant.HttpTenantDirectory;
import com.ccplatform.webhook.application.port.out.AccessTokens;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.application.port.out.HealthProbe;
import com.ccplatform.webhook.application.port.out.MediaStore;
import com.ccplatform.webhook.application.port.out.TenantDirectory;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For each outbound port with an embedded default, builds the configured adapter when its variables are set and the
 * stand-in otherwise; registers what it built with the health probes, the close list, the metrics and the banner.
 * The only class that reaches the stand-ins (adapters-embedded): architecture-tests hold it to that.
 */
final class ChosenAdapters {

    private static final Logger LOG = LoggerFactory.getLogger(ChosenAdapters.class);

    private final ServiceConfiguration config;
    private final List<HealthProbe> probes;
    private final List<AutoCloseable> closeLast;
    private final PrometheusMeterRegistry registry;
    private final StartupBanner banner;
    private Optional<EmbeddedAmqpBroker> embeddedBroker = Optional.empty();

    ChosenAdapters(ServiceConfiguration config, List<HealthProbe> probes, List<AutoCloseable> closeLast,
                   PrometheusMeterRegistry registry, StartupBanner banner) {
        this.config = config;
        this.probes = probes;
        this.closeLast = closeLast;
        this.registry = registry;
        this.banner = banner;
    }

    /** RabbitMQ when `RABBITMQ_HOST` is set, else Qpid Broker-J in this JVM on a free loopback port, same queues. */
    RabbitMqEventPublisher publisher() {
        BrokerConfiguration broker = config.broker();
        if (!broker.embedded()) {
            // a cluster's nodes shuffled once per instance, so replicas spread over the nodes
            RabbitMqEventPublisher publisher = new RabbitMqEventPublisher(broker.settings(new Random()));
            banner.rabbitMq(broker, publisher.check().detail());
            return publisher;
        }
        EmbeddedAmqpBroker embedded = EmbeddedAmqpBroker.start(0);
        embeddedBroker = Optional.of(embedded);
        closeLast.add(embedded);
        banner.embeddedBroker(broker, embedded.host() + ":" + embedded.port());
        return new RabbitMqEventPublisher(broker.embeddedSettings(embedded.host(), embedded.port()));
    }

    /** `host:port` of the broker {@link #publisher()} started in this JVM, if it did. */
    Optional<String> embeddedBrokerAddress() {
        return embeddedBroker.map(b -> b.host() + ":" + b.port());
    }

    MediaStore mediaStore() {
        if (config.minio().isEmpty()) {
            banner.mediaDirectory(config.mediaDirectory());
            return new LocalDirectoryMediaStore(config.mediaDirectory());
        }
        MinioMediaStore minio = new MinioMediaStore(config.minio().get());
        try {
            minio.ensureBucket();
        } catch (DependencyUnavailableException e) {
            // the service still starts: messages degrade to text until the store answers, and /health says so
            LOG.atWarn().setMessage("media_store_unavailable_at_start").addKeyValue("detail", e.getMessage()).log();
        }
        probes.add(minio);
        closeLast.add(minio);
        banner.minio(config.minio().get());
        return minio;
    }

    TenantDirectory tenants(HttpClient http) throws IOException {
        if (config.tenantService().isEmpty()) {
            FileTenantDirectory.writeSampleIfMissing(config.tenantsFile())
                    .ifPresent(sample -> banner.createdTenantsFile(sample.file()));
            FileTenantDirectory file = FileTenantDirectory.load(config.tenantsFile());
            banner.tenantsFile(config.tenantsFile(), file.tenants());
            return file;
        }
        HttpTenantDirectory service = new HttpTenantDirectory(http, config.tenantService().get());
        probes.add(service.healthProbe());
        registry.gauge("dependency_circuit_state", Tags.of("dependency", "tenant-service"), service,
                s -> s.breakerState().gaugeValue());
        banner.tenantService(config.tenantService().get().baseUrl());
        return new CachingTenantDirectory(service, config.tenantCache());
    }

    AccessTokens tokens(HttpClient http) {
        if (config.authService().isEmpty()) {
            banner.noAuthService();
            return new UnconfiguredAccessTokens();
        }
        HttpAccessTokens tokens = new HttpAccessTokens(http, config.authService().get());
        probes.add(tokens.healthProbe());
        registry.gauge("dependency_circuit_state", Tags.of("dependency", "auth-service"), tokens,
                t -> t.breakerState().gaugeValue());
        banner.authService(config.authService().get().baseUrl());
        return tokens;
    }

    /** The embedded broker on its own, on a free loopback port: {@link TrainingPeers} runs it outside the JVM trained. */
    static RunningBroker startEmbeddedBroker() {
        EmbeddedAmqpBroker broker = EmbeddedAmqpBroker.start(0);
        return new RunningBroker(broker.port(), broker);
    }

    /** A broker this class started, and how to stop it. */
    record RunningBroker(int port, AutoCloseable broker) {
    }
}
