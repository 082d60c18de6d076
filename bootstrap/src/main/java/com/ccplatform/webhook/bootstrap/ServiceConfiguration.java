package com.ccplatform.webhook.bootstrap;

import com.ccplatform.webhook.adapter.http.HttpSettings;
import com.ccplatform.webhook.adapter.http.IntakeLimits;
import com.ccplatform.webhook.adapter.http.TrustedProxies;
import com.ccplatform.webhook.adapter.minio.MinioSettings;
import com.ccplatform.webhook.adapter.tenant.AuthServiceSettings;
import com.ccplatform.webhook.adapter.tenant.BreakerSettings;
import com.ccplatform.webhook.adapter.tenant.GenesysMediaSettings;
import com.ccplatform.webhook.adapter.tenant.MediaHostPolicy;
import com.ccplatform.webhook.adapter.tenant.TenantCacheSettings;
import com.ccplatform.webhook.adapter.tenant.TenantServiceSettings;
import com.ccplatform.webhook.domain.event.EchoPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything the service is configured with, read once at start from the environment (FRD 10.2). Each
 * infrastructure part is either configured (its variables set) or empty, meaning the embedded default, which
 * {@link DeploymentMode#PRODUCTION} never allows.
 */
public record ServiceConfiguration(DeploymentMode mode, String serviceName, HttpSettings http,
                            BrokerConfiguration broker, Optional<MinioSettings> minio, Path mediaDirectory,
                            Optional<TenantServiceSettings> tenantService, Path tenantsFile,
                            TenantCacheSettings tenantCache, Optional<AuthServiceSettings> authService,
                            GenesysMediaSettings download, long maxFileBytes, int mediaTransfers,
                            List<String> echoPrefixes, Duration drain, Duration grace) {

    /** Heap a transfer holds besides the store's part buffer: the download's and the upload's stream buffers. */
    private static final long TRANSFER_OVERHEAD = 1024L * 1024;

    /** `SERVICE_NAME` when unset (FRD 10.2). */
    public static final String DEFAULT_SERVICE_NAME = "genesys-webhook-service";

    /** `SERVICE_NAME`: on every log line, and the first half of the AMQP connection's name. */
    static String serviceName(Environment env) {
        return env.string("SERVICE_NAME", DEFAULT_SERVICE_NAME);
    }

    private static final long MEGABYTE = 1024L * 1024;

    public ServiceConfiguration {
        if (!mode.allowsEmbedded() && (broker.embedded() || minio.isEmpty() || tenantService.isEmpty()
                || authService.isEmpty())) {
            throw new IllegalArgumentException("ENVIRONMENT=production runs on real dependencies only");
        }
    }

    /**
     * Decides the deployment mode and refuses, all problems at once, what it does not allow (see
     * {@link DeploymentRules}) before reading any setting.
     */
    public static ServiceConfiguration from(Environment env) {
        DeploymentMode mode = DeploymentMode.of(env);
        DeploymentRules.check(mode, env);
        HttpSettings http = http(env, mode, Runtime.getRuntime().maxMemory());
        TenantCacheSettings defaults = TenantCacheSettings.defaults();
        TenantCacheSettings cache = new TenantCacheSettings(env.seconds("TENANT_CACHE_TTL", defaults.foundTtl()),
                env.seconds("TENANT_NEGATIVE_CACHE_TTL", defaults.unknownTtl()), defaults.staleFor(),
                defaults.staleRefreshWait(), defaults.maximumWeight());
        GenesysMediaSettings download = new GenesysMediaSettings(
                env.seconds("MEDIA_DOWNLOAD_TIMEOUT", GenesysMediaSettings.DEFAULT_TIMEOUT),
                hostPolicy(env, "MEDIA_ALLOWED_HOSTS").orElseGet(MediaHostPolicy::genesysCloud),
                hostPolicy(env, "MEDIA_REDIRECT_ALLOWED_HOSTS"));
        Optional<MinioSettings> minio = minio(env);
        return new ServiceConfiguration(mode, serviceName(env), http, BrokerConfiguration.from(env), minio,
                Path.of(env.string("MEDIA_DIRECTORY", "media-store")), tenantService(env),
                Path.of(env.string("TENANTS_FILE", "tenants.json")), cache, authService(env), download,
                env.integer("MAX_FILE_SIZE_MB", 20, 1, 5 * 1024) * MEGABYTE,
                env.integer("MEDIA_MAX_CONCURRENT_TRANSFERS", mediaTransfersFor(Runtime.getRuntime().maxMemory(),
                        minio.map(MinioSettings::partSize).orElse(0L)), 1, 1024),
                env.list("ECHO_DETECTION_PREFIXES", EchoPolicy.DEFAULT_PREFIXES),
                Duration.ofSeconds(env.integer("SHUTDOWN_DRAIN_SECONDS", 0, 0, 600)),
                Duration.ofSeconds(env.integer("SHUTDOWN_GRACE_SECONDS", 20, 1, 600)));
    }

    /**
     * The HTTP door, with the request body budget sized from {@code maxHeap} unless `REQUEST_BODY_BUDGET_MB` sets it.
     * Refuses a budget that cannot take one body at `MAX_REQUEST_SIZE_MB` (every such webhook would be refused), or
     * one over half the heap (the bodies alone could exhaust it). HTTPS is enforced by default in production.
     */
    static HttpSettings http(Environment env, DeploymentMode mode, long maxHeap) {
        long maxRequest = env.integer("MAX_REQUEST_SIZE_MB", 10, 1, 100) * MEGABYTE;
        long heapMib = maxHeap / MEGABYTE;
        long budget = env.optional("REQUEST_BODY_BUDGET_MB").isPresent()
                ? env.integer("REQUEST_BODY_BUDGET_MB", 0, 1, 64 * 1024) * MEGABYTE
                : IntakeLimits.bodyBudgetFor(maxHeap);
        if (budget > maxHeap / 2) {
            throw new ConfigurationException("REQUEST_BODY_BUDGET_MB=" + budget / MEGABYTE + " is more than half the "
                    + heapMib + " MiB heap: webhook bodies alone could exhaust it");
        }
        if (budget < maxRequest) {
            throw new ConfigurationException("MAX_REQUEST_SIZE_MB=" + maxRequest / MEGABYTE + " does not fit the"
                    + " request body budget of " + budget / MEGABYTE + " MiB (" + (env.optional(
                    "REQUEST_BODY_BUDGET_MB").isPresent() ? "REQUEST_BODY_BUDGET_MB" : "an eighth of the " + heapMib
                    + " MiB heap") + "): lower MAX_REQUEST_SIZE_MB, or give the JVM more heap");
        }
        IntakeLimits intake = new IntakeLimits(budget, env.integer("MAX_IN_FLIGHT_WEBHOOKS",
                IntakeLimits.DEFAULT_MAX_IN_FLIGHT, 1, 100_000));
        return new HttpSettings(env.integer("PORT", 8000, 0, 65535), maxRequest,
                env.seconds("REQUEST_TIMEOUT", HttpSettings.DEFAULT_REQUEST_DEADLINE),
                mode.enforceHttps(env), env.integer("RATE_LIMIT_PER_MINUTE", 0, 0, 1_000_000),
                trustedProxies(env), intake);
    }

    /**
     * Attachment transfers a heap of {@code maxHeap} affords at once: a quarter of it, over what one transfer holds
     * (the store's part buffer, twice: one filling while one is sent, and the stream buffers).
     */
    static int mediaTransfersFor(long maxHeap, long partSize) {
        long perTransfer = 2 * partSize + TRANSFER_OVERHEAD;
        return (int) Math.max(1, Math.min(64, maxHeap / 4 / perTransfer));
    }

    private static Optional<MinioSettings> minio(Environment env) {
        Optional<String> endpoint = env.optional("MINIO_ENDPOINT");
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        String why = "when MINIO_ENDPOINT is set";
        return Optional.of(new MinioSettings(endpoint.get(), env.required("MINIO_ACCESS_KEY", why),
                env.required("MINIO_SECRET_KEY", why), env.string("MINIO_BUCKET", MinioSettings.DEFAULT_BUCKET),
                env.bool("MINIO_SECURE", true), env.string("MINIO_REGION", MinioSettings.DEFAULT_REGION),
                env.optional("MINIO_PUBLIC_ENDPOINT"), MinioSettings.DEFAULT_PART_SIZE,
                env.seconds("MINIO_UPLOAD_TIMEOUT", MinioSettings.DEFAULT_UPLOAD_TIMEOUT)));
    }

    private static Optional<TenantServiceSettings> tenantService(Environment env) {
        return env.optional("TENANT_SERVICE_URL").map(url -> new TenantServiceSettings(uri("TENANT_SERVICE_URL", url),
                env.required("TENANT_SERVICE_TOKEN", "when TENANT_SERVICE_URL is set"),
                env.seconds("TENANT_SERVICE_TIMEOUT", TenantServiceSettings.DEFAULT_TIMEOUT),
                BreakerSettings.defaults()));
    }

    private static Optional<AuthServiceSettings> authService(Environment env) {
        return env.optional("AUTH_SERVICE_URL").map(url -> new AuthServiceSettings(uri("AUTH_SERVICE_URL", url),
                env.string("AUTH_SERVICE_TOKEN", null),
                env.seconds("AUTH_SERVICE_TIMEOUT", AuthServiceSettings.DEFAULT_TIMEOUT), BreakerSettings.defaults(),
                AuthServiceSettings.DEFAULT_REFRESH_MARGIN));
    }

    private static TrustedProxies trustedProxies(Environment env) {
        if (env.optional("TRUST_FORWARDED_PROTO").isPresent()) {
            // it believed X-Forwarded-Proto from anybody by default; quietly ignoring it could redirect every request
            throw new ConfigurationException("TRUST_FORWARDED_PROTO is no longer read: list the proxies whose "
                    + "X-Forwarded-Proto and X-Forwarded-For are believed in TRUSTED_PROXIES (CIDRs) instead");
        }
        try {
            return TrustedProxies.parse(env.list("TRUSTED_PROXIES", List.of()));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("TRUSTED_PROXIES " + e.getMessage() + "; expected CIDRs such as "
                    + "10.0.0.0/8 or 2001:db8::/32, comma-separated");
        }
    }

    /** A list of host patterns ({@code MEDIA_ALLOWED_HOSTS}, {@code MEDIA_REDIRECT_ALLOWED_HOSTS}); empty when unset. */
    private static Optional<MediaHostPolicy> hostPolicy(Environment env, String name) {
        try {
            return env.optional(name).map(MediaHostPolicy::parse);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(name + " " + e.getMessage());
        }
    }

    private static URI uri(String name, String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(name + " must be an http(s) URL, got '" + value + "'");
        }
    }
}
