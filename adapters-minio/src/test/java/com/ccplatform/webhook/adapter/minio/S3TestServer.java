package com.ccplatform.webhook.adapter.minio;

import io.minio.MinioAsyncClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MinIOContainer;

/**
 * A real S3 API for the tests, one per test JVM: {@code MINIO_ENDPOINT} (with {@code MINIO_ACCESS_KEY} and
 * {@code MINIO_SECRET_KEY}) when set; else MinIO in Testcontainers when Docker answers; else S3Proxy started in this
 * JVM on a free loopback port with a filesystem backend in a temporary directory. It prints which one it used.
 */
public final class S3TestServer {

    private static final String MINIO_IMAGE = "minio/minio:RELEASE.2025-09-07T16-13-09Z";
    private static S3TestServer shared;

    private final String kind;
    private final String endpoint;
    private final String accessKey;
    private final String secretKey;

    private S3TestServer(String kind, String endpoint, String accessKey, String secretKey) {
        this.kind = kind;
        this.endpoint = endpoint;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** The server for this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized S3TestServer shared() {
        if (shared == null) {
            shared = fromEnvironment().or(S3TestServer::minioInDocker).orElseGet(S3TestServer::s3ProxyInProcess);
            System.out.println("[S3TestServer] using " + shared.kind + " at " + shared.endpoint);
        }
        return shared;
    }

    public String kind() {
        return kind;
    }

    /** {@code http://host:port} of the server. */
    public String endpoint() {
        return endpoint;
    }

    /** The same server under another host name (127.0.0.1 and localhost swap), to test host-bound signatures. */
    public String aliasEndpoint() {
        URI uri = URI.create(endpoint);
        String alias;
        if (uri.getHost().equals("127.0.0.1")) {
            alias = "localhost";
        } else if (uri.getHost().equals("localhost")) {
            alias = "127.0.0.1";
        } else {
            alias = addressOf(uri.getHost());
        }
        return uri.getScheme() + "://" + alias + ":" + uri.getPort();
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** Settings for a store on this server, writing to {@code bucket}. */
    public MinioSettings settings(String bucket) {
        return MinioSettings.defaults(endpoint, accessKey, secretKey).withBucket(bucket);
    }

    /** A bare client, for checking what the store did. */
    public MinioAsyncClient client() {
        return MinioAsyncClient.builder().endpoint(endpoint).region(MinioSettings.DEFAULT_REGION)
                .credentials(accessKey, secretKey).build();
    }

    /** A fresh bucket name, so test classes do not see each other's objects. */
    public static String newBucketName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code http://127.0.0.1:port} where nothing listens: a store that is down. */
    public static String deadEndpoint() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<S3TestServer> fromEnvironment() {
        String endpoint = System.getenv("MINIO_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            return Optional.empty();
        }
        boolean secure = Boolean.parseBoolean(System.getenv("MINIO_SECURE"));
        String url = endpoint.contains("://") ? endpoint : (secure ? "https://" : "http://") + endpoint;
        return Optional.of(new S3TestServer("MINIO_ENDPOINT", url, env("MINIO_ACCESS_KEY", "minioadmin"),
                env("MINIO_SECRET_KEY", "minioadmin")));
    }

    private static Optional<S3TestServer> minioInDocker() {
        if (!dockerLikelyPresent()) {
            return Optional.empty();
        }
        try {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return Optional.empty();
            }
            MinIOContainer minio = new MinIOContainer(MINIO_IMAGE).withStartupTimeout(Duration.ofMinutes(2));
            minio.start();
            Runtime.getRuntime().addShutdownHook(new Thread(minio::stop));
            return Optional.of(new S3TestServer("MinIO in Testcontainers", minio.getS3URL(), minio.getUserName(),
                    minio.getPassword()));
        } catch (RuntimeException e) {
            System.out.println("[S3TestServer] Docker present but MinIO did not start: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Asking Testcontainers costs seconds when there is no Docker at all; look for its traces first. */
    private static boolean dockerLikelyPresent() {
        return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
    }

    private static S3TestServer s3ProxyInProcess() {
        String identity = "test-access";
        String credential = "test-secret-" + UUID.randomUUID();
        try {
            Path dir = Files.createTempDirectory("s3proxy-");
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(new FilesystemNio2BlobStore(dir.toString()))
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, identity, credential)
                    .build();
            proxy.start();
            awaitStarted(proxy);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopQuietly(proxy);
                deleteQuietly(dir);
            }));
            return new S3TestServer("S3Proxy in process (filesystem-nio2 in " + dir + ")",
                    "http://127.0.0.1:" + proxy.getPort(), identity, credential);
        } catch (Exception e) {
            throw new IllegalStateException("could not start S3Proxy in process", e);
        }
    }

    private static void awaitStarted(S3Proxy proxy) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("S3Proxy did not start within 30 s: " + proxy.getState());
            }
            Thread.sleep(10);
        }
    }

    private static void stopQuietly(S3Proxy proxy) {
        try {
            proxy.stop();
        } catch (Exception ignored) {
            // the JVM is exiting
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    private static String addressOf(String host) {
        try {
            return InetAddress.getByName(host).getHostAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
