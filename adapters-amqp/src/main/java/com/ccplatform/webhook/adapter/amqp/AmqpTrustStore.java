package com.ccplatform.webhook.adapter.amqp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

/**
 * The certificate authorities trusted for RabbitMQ's TLS certificate instead of the JVM's: a PKCS12 or JKS trust store,
 * or a file of PEM certificates (a Kubernetes secret's `ca.crt`). Read once, at start, so a bad file stops the start.
 */
public final class AmqpTrustStore {

    private final Path path;
    private final KeyStore store;

    private AmqpTrustStore(Path path, KeyStore store) {
        this.path = path;
        this.store = store;
    }

    /**
     * Reads the trust store at {@code path}; {@code password} unlocks a PKCS12 or JKS store (PEM needs none).
     *
     * @throws IllegalArgumentException saying why it cannot be used: missing, unreadable, wrong password, empty
     */
    public static AmqpTrustStore load(Path path, String password) {
        try {
            byte[] content = Files.readAllBytes(path);
            KeyStore store = new String(content, 0, Math.min(content.length, 64), StandardCharsets.US_ASCII)
                    .contains("-----BEGIN") ? fromPem(content) : KeyStore.getInstance(path.toFile(),
                    password == null ? new char[0] : password.toCharArray());
            if (store.size() == 0) {
                throw new IllegalArgumentException("trust store " + path + " holds no certificate");
            }
            return new AmqpTrustStore(path, store);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("trust store " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static KeyStore fromPem(byte[] content) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = new ByteArrayInputStream(content)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            int n = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + n++, certificate);
            }
        }
        return store;
    }

    KeyStore keyStore() {
        return store;
    }

    public Path path() {
        return path;
    }

    /** The path only; the password is never kept. */
    @Override
    public String toString() {
        return path.toString();
    }
}
