package com.ccplatform.webhook.adapter.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.Tenant;
import com.ccplatform.webhook.domain.tenant.TenantStatus;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTenantDirectoryTest {

    @TempDir
    Path dir;

    private static Deadline soon() {
        return Deadline.in(Duration.ofSeconds(1));
    }

    @Test
    void writesAnActiveDemoTenantWithALongRandomSecretWhenTheFileIsMissing() throws Exception {
        Path file = dir.resolve("config/tenants.json");

        SampleTenant sample = FileTenantDirectory.writeSampleIfMissing(file).orElseThrow();

        Tenant demo = sample.tenant();
        assertThat(sample.file()).isEqualTo(file);
        assertThat(demo.id().value()).isEqualTo("demo-tenant");
        assertThat(demo.integrationId().value()).isEqualTo("demo-integration");
        assertThat(demo.isActive()).isTrue();
        assertThat(demo.secrets()).singleElement().extracting(WebhookSecret::value)
                .satisfies(secret -> assertThat(secret.length()).isGreaterThanOrEqualTo(32));
        assertThat(FileTenantDirectory.load(file).findByIntegration(new IntegrationId("demo-integration"), soon()))
                .contains(demo);
        assertThat(sample.toString()).doesNotContain(demo.secrets().get(0).value());
    }

    @Test
    void writesTheSampleReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("tenants.json");

        FileTenantDirectory.writeSampleIfMissing(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void drawsADifferentSecretEachTime() throws Exception {
        Tenant first = FileTenantDirectory.writeSampleIfMissing(dir.resolve("a.json")).orElseThrow().tenant();
        Tenant second = FileTenantDirectory.writeSampleIfMissing(dir.resolve("b.json")).orElseThrow().tenant();

        assertThat(first.secrets()).isNotEqualTo(second.secrets());
    }

    @Test
    void leavesAnExistingFileAlone() throws Exception {
        Path file = dir.resolve("tenants.json");
        Files.writeString(file, "[]");

        Optional<SampleTenant> written = FileTenantDirectory.writeSampleIfMissing(file);

        assertThat(written).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("[]");
    }

    @Test
    void readsFrdTenantsWithRotationSecretsAndStatus() throws Exception {
        Path file = dir.resolve("tenants.json");
        Files.writeString(file, "[{\"tenantId\":\"uuid-5678\",\"integrationId\":\"integration-id-5678\","
                + "\"webhookSecret\":\"base64-encoded-secret\",\"status\":\"active\"},"
                + "{\"tenantId\":\"t-2\",\"integrationId\":\"rotating\",\"webhookSecrets\":[\"new-secret-0123456\","
                + "\"old-secret-0123456\"],\"status\":\"inactive\",\"extra\":true}]");

        FileTenantDirectory directory = FileTenantDirectory.load(file);

        assertThat(directory.tenants()).hasSize(2);
        Tenant rotating = directory.findByIntegration(new IntegrationId("rotating"), soon()).orElseThrow();
        assertThat(rotating.status()).isEqualTo(TenantStatus.INACTIVE);
        assertThat(rotating.secrets()).hasSize(2);
        assertThat(directory.findByIntegration(new IntegrationId("unknown"), soon())).isEmpty();
    }

    @Test
    void refusesATenantWithoutIntegrationIdOrSecret() throws Exception {
        Path noIntegration = dir.resolve("a.json");
        Files.writeString(noIntegration, "[{\"tenantId\":\"t\",\"webhookSecret\":\"secret-0123456789\"}]");
        Path noSecret = dir.resolve("b.json");
        Files.writeString(noSecret, "[{\"tenantId\":\"t\",\"integrationId\":\"i\"}]");

        assertThatThrownBy(() -> FileTenantDirectory.load(noIntegration)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> FileTenantDirectory.load(noSecret)).isInstanceOf(IOException.class);
    }

    @Test
    void refusesAFileThatIsNotATenantArray() throws Exception {
        Path file = dir.resolve("tenants.json");
        Files.writeString(file, "{\"tenantId\":\"t\"}");

        assertThatThrownBy(() -> FileTenantDirectory.load(file)).isInstanceOf(IOException.class);
    }
}
