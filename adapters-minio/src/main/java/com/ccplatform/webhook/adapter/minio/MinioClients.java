package com.ccplatform.webhook.adapter.minio;

import io.minio.Http;
import io.minio.MinioAsyncClient;
import java.time.Duration;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Builds the two MinIO clients a store needs: one that talks to the endpoint, and one that only signs URLs for the
 * public endpoint. Both know the region, so presigning never asks the server where the bucket lives.
 */
final class MinioClients {

    /** OkHttp's default allows 5 calls per host at once; uploads of concurrent webhooks must not queue behind it. */
    private static final int MAX_CONCURRENT_CALLS = 64;
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static OkHttpClient minioDefaults;

    private MinioClients() {
    }

    /** The client for real calls; closing it closes its HTTP client. */
    static MinioAsyncClient forCalls(MinioSettings settings, OkHttpClient http) {
        return MinioAsyncClient.builder()
                .endpoint(settings.endpointUrl())
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .httpClient(http, true)
                .build();
    }

    /**
     * The client that signs presigned URLs. A V4 signature covers the Host header, so URLs for another host name
     * must be signed for that host; rewriting the host of a URL signed for the endpoint would break it.
     */
    static MinioAsyncClient forSigning(MinioSettings settings, OkHttpClient http) {
        return MinioAsyncClient.builder()
                .endpoint(settings.presignEndpointUrl())
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .httpClient(http, false)
                .build();
    }

    /** One HTTP client whose socket timeouts follow the upload timeout, so a stalled call ends on its own. */
    static OkHttpClient http(MinioSettings settings) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_CONCURRENT_CALLS);
        dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_CALLS);
        Duration connect = settings.uploadTimeout().compareTo(MAX_CONNECT_TIMEOUT) < 0
                ? settings.uploadTimeout() : MAX_CONNECT_TIMEOUT;
        return minioDefaults().newBuilder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool())
                .connectTimeout(connect)
                .writeTimeout(settings.uploadTimeout())
                .readTimeout(settings.uploadTimeout())
                .build();
    }

    /**
     * The MinIO client's own HTTP defaults (HTTP/1.1, its retry interceptor, the CAs of SSL_CERT_FILE/SSL_CERT_DIR),
     * built once: reading those certificate files takes seconds, and every store derives its client from this one.
     */
    private static synchronized OkHttpClient minioDefaults() {
        if (minioDefaults == null) {
            minioDefaults = Http.newDefaultClient();
        }
        return minioDefaults;
    }
}
