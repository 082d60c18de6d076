package com.ccplatform.webhook.adapter.embedded;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.TenantDirectory;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.tenant.Tenant;
import com.ccplatform.webhook.domain.tenant.TenantId;
import com.ccplatform.webhook.domain.tenant.TenantStatus;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tenants from a JSON file, for running on a laptop without a Tenant Service: an array of FRD 3.3 tenant objects
 * ({@code webhookSecrets} allowed), read once at start.
 */
public final class FileTenantDirectory implements TenantDirectory {

    public static final String DEMO_INTEGRATION = "demo-integration";
    public static final String DEMO_TENANT = "demo-tenant";

    private final Map<IntegrationId, Tenant> tenants;

    private FileTenantDirectory(List<Tenant> tenants) {
        Map<IntegrationId, Tenant> byIntegration = new HashMap<>();
        tenants.forEach(t -> byIntegration.put(t.integrationId(), t));
        this.tenants = Map.copyOf(byIntegration);
    }

    /** @throws IOException when the file is missing, is not a JSON array, or an entry lacks a required field */
    public static FileTenantDirectory load(Path file) throws IOException {
        List<TenantFileJson> entries = TenantFileJson.MAPPER.readValue(file.toFile(),
                new TypeReference<List<TenantFileJson>>() {
                });
        if (entries == null) {
            throw new IOException(file + " holds no tenant array");
        }
        try {
            return new FileTenantDirectory(entries.stream().map(FileTenantDirectory::toTenant).toList());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " holds an invalid tenant: " + e.getMessage(), e);
        }
    }

    private static Tenant toTenant(TenantFileJson json) {
        if (json == null) {
            throw new IllegalArgumentException("every tenant needs an integrationId");
        }
        return json.toTenant();
    }

    /**
     * Writes a file with one active demo tenant ({@value #DEMO_INTEGRATION} / {@value #DEMO_TENANT}, a fresh random
     * secret of 43 characters) when none exists; readable by its owner only where the file system allows.
     *
     * @return what was written, or empty when the file already existed (it is left untouched)
     */
    public static Optional<SampleTenant> writeSampleIfMissing(Path file) throws IOException {
        if (Files.exists(file)) {
            return Optional.empty();
        }
        Tenant demo = new Tenant(new TenantId(DEMO_TENANT), new IntegrationId(DEMO_INTEGRATION),
                List.of(new WebhookSecret(randomSecret())), TenantStatus.ACTIVE);
        byte[] json = TenantFileJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(List.of(TenantFileJson.of(demo)));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            createOwnerOnly(file);
        } catch (FileAlreadyExistsException e) {
            return Optional.empty();
        }
        Files.write(file, json, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        return Optional.of(new SampleTenant(file, demo));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Created with owner-only permissions from the start, so the secret is never readable by others. */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system: default permissions
        }
    }

    /** Every tenant in the file. */
    public List<Tenant> tenants() {
        return List.copyOf(tenants.values());
    }

    @Override
    public Optional<Tenant> findByIntegration(IntegrationId integrationId, Deadline deadline) {
        return Optional.ofNullable(tenants.get(integrationId));
    }
}
