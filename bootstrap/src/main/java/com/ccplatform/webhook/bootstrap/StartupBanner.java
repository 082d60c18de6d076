package com.ccplatform.webhook.bootstrap;

import com.ccplatform.webhook.adapter.minio.MinioSettings;
import com.ccplatform.webhook.domain.tenant.Tenant;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects, while the service is wired, where each adapter points; renders the start-up banner from it. */
final class StartupBanner {

    /** Right under the first line whenever the broker is the embedded one: nobody should run on it by mistake. */
    static final String IN_MEMORY_WARNING = "WARNING: events are kept in memory in this process and are lost when it"
            + " stops (embedded broker); set ENVIRONMENT and RABBITMQ_HOST for a real deployment.";

    private final List<String> lines = new ArrayList<>();
    private Optional<Tenant> demoTenant = Optional.empty();
    private boolean eventsInMemory;

    void environment(DeploymentMode mode) {
        lines.add("  environment  " + mode.label());
    }

    void embeddedBroker(BrokerConfiguration config, String address) {
        eventsInMemory = true;
        lines.add("  broker       embedded AMQP 0-9-1 broker at " + address + " (in memory; set RABBITMQ_HOST for RabbitMQ)");
        queues(config);
    }

    void rabbitMq(BrokerConfiguration config, String connection) {
        lines.add("  broker       RabbitMQ at " + config.describe() + ": " + connection);
        queues(config);
    }

    private void queues(BrokerConfiguration config) {
        lines.add("  queues       " + config.outboundQueue() + ", " + config.statusQueue());
    }

    void mediaDirectory(Path directory) {
        lines.add("  media store  local directory " + directory.toAbsolutePath() + " (set MINIO_ENDPOINT for MinIO)");
    }

    void minio(MinioSettings settings) {
        lines.add("  media store  MinIO at " + settings.endpoint() + ", bucket " + settings.bucket());
    }

    void createdTenantsFile(Path file) {
        lines.add("  (created " + file.toAbsolutePath() + " with a demo tenant and a random secret)");
    }

    void tenantsFile(Path file, List<Tenant> tenants) {
        lines.add("  tenants      file " + file.toAbsolutePath() + ", " + tenants.size()
                + " tenant(s) (set TENANT_SERVICE_URL for the Tenant Service)");
        demoTenant = tenants.stream().filter(Tenant::isActive).findFirst();
    }

    void tenantService(URI url) {
        lines.add("  tenants      Tenant Service at " + url);
    }

    void noAuthService() {
        lines.add("  media tokens none: attachments degrade to text (set AUTH_SERVICE_URL for the Auth Service)");
    }

    void authService(URI url) {
        lines.add("  media tokens Auth Service at " + url);
    }

    String render(int port) {
        StringBuilder out = new StringBuilder("genesys-webhook-service listening on http://127.0.0.1:")
                .append(port).append('\n');
        if (eventsInMemory) {
            out.append(IN_MEMORY_WARNING).append('\n');
        }
        lines.forEach(line -> out.append(line).append('\n'));
        demoTenant.ifPresent(tenant -> out.append("Send a signed test webhook as tenant ").append(tenant.id())
                .append(":\n").append(DemoWebhook.textFor(tenant.integrationId(), tenant.secrets().get(0),
                        Instant.now()).curl(port)).append('\n'));
        return out.toString();
    }
}
