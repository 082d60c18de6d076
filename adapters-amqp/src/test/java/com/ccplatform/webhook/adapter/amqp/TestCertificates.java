package com.ccplatform.webhook.adapter.amqp;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway CA and one broker certificate it signed for the given DNS names, made in the test: PEM files for a TLS
 * broker (RabbitMQ), a PKCS12 key store for a Java TLS server, and the CA as a PKCS12 trust store and as PEM.
 */
public record TestCertificates(Path caPem, Path trustStore, Path serverCertificate, Path serverKey,
                               Path serverKeyStore) {

    /** The password of every store made here. */
    public static final String PASSWORD = "changeit";

    /** Makes the CA and a broker certificate valid for {@code dnsNames} only (no IP address). */
    public static TestCertificates create(Path directory, String... dnsNames) throws IOException {
        try {
            KeyPair caKeys = keyPair();
            X509Certificate ca = sign(new JcaX509v3CertificateBuilder(new X500Name("CN=gws test CA"), serial(),
                    from(), until(), new X500Name("CN=gws test CA"), caKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign)), caKeys.getPrivate());
            KeyPair serverKeys = keyPair();
            GeneralName[] names = List.of(dnsNames).stream().map(n -> new GeneralName(GeneralName.dNSName, n))
                    .toArray(GeneralName[]::new);
            X509Certificate server = sign(new JcaX509v3CertificateBuilder(ca, serial(), from(), until(),
                    new X500Name("CN=gws test broker"), serverKeys.getPublic())
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth)),
                    caKeys.getPrivate());
            return new TestCertificates(pem(directory.resolve("ca.pem"), "CERTIFICATE", ca.getEncoded()),
                    trustStore(directory.resolve("trust.p12"), ca),
                    pem(directory.resolve("server.pem"), "CERTIFICATE", server.getEncoded()),
                    pem(directory.resolve("server.key"), "PRIVATE KEY", serverKeys.getPrivate().getEncoded()),
                    keyStore(directory.resolve("server.p12"), serverKeys.getPrivate(), server, ca));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot make test certificates: " + e.getMessage(), e);
        }
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuer)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer)));
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(System.nanoTime());
    }

    private static Date from() {
        return Date.from(Instant.now().minus(Duration.ofHours(1)));
    }

    private static Date until() {
        return Date.from(Instant.now().plus(Duration.ofDays(2)));
    }

    private static Path pem(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }

    private static Path trustStore(Path file, X509Certificate ca) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", ca);
        return save(store, file);
    }

    private static Path keyStore(Path file, PrivateKey key, X509Certificate server, X509Certificate ca)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", key, PASSWORD.toCharArray(), new Certificate[] {server, ca});
        return save(store, file);
    }

    private static Path save(KeyStore store, Path file) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }
}
