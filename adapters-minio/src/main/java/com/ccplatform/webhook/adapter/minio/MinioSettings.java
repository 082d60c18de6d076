package com.ccplatform.webhook.adapter.minio;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the MinIO (S3) store: {@code MINIO_ENDPOINT}, {@code MINIO_ACCESS_KEY}, {@code MINIO_SECRET_KEY},
 * {@code MINIO_BUCKET}, {@code MINIO_SECURE}, the region used to sign locally, the optional
 * {@code MINIO_PUBLIC_ENDPOINT} that presigned URLs name, the multipart part size and the upload timeout.
 *
 * <p>An endpoint may be {@code host:port} (the scheme then follows {@code secure}) or a full {@code http(s)://} URL
 * (its scheme wins).
 */
public record MinioSettings(String endpoint, String accessKey, String secretKey, String bucket, boolean secure,
                            String region, Optional<String> publicEndpoint, long partSize, Duration uploadTimeout) {

    public static final String DEFAULT_BUCKET = "media-outbound";
    public static final String DEFAULT_REGION = "us-east-1";
    /** The S3 minimum part size, and so the memory one transfer holds. */
    public static final long DEFAULT_PART_SIZE = 5L * 1024 * 1024;
    public static final Duration DEFAULT_UPLOAD_TIMEOUT = Duration.ofSeconds(30);

    private static final long MAX_PART_SIZE = 5L * 1024 * 1024 * 1024;

    public MinioSettings {
        requireText(endpoint, "endpoint");
        requireText(accessKey, "accessKey");
        requireText(secretKey, "secretKey");
        requireText(bucket, "bucket");
        requireText(region, "region");
        Objects.requireNonNull(publicEndpoint, "publicEndpoint");
        publicEndpoint = publicEndpoint.filter(p -> !p.isBlank());
        if (partSize < DEFAULT_PART_SIZE || partSize > MAX_PART_SIZE) {
            throw new IllegalArgumentException("partSize must be between 5 MiB and 5 GiB: " + partSize);
        }
        if (uploadTimeout == null || uploadTimeout.isNegative() || uploadTimeout.isZero()) {
            throw new IllegalArgumentException("uploadTimeout must be positive: " + uploadTimeout);
        }
    }

    /** The FRD defaults: bucket {@code media-outbound}, TLS on, {@code us-east-1}, 5 MiB parts, 30 s upload timeout. */
    public static MinioSettings defaults(String endpoint, String accessKey, String secretKey) {
        return new MinioSettings(endpoint, accessKey, secretKey, DEFAULT_BUCKET, true, DEFAULT_REGION,
                Optional.empty(), DEFAULT_PART_SIZE, DEFAULT_UPLOAD_TIMEOUT);
    }

    public MinioSettings withBucket(String newBucket) {
        return new MinioSettings(endpoint, accessKey, secretKey, newBucket, secure, region, publicEndpoint, partSize,
                uploadTimeout);
    }

    public MinioSettings withPublicEndpoint(String newPublicEndpoint) {
        return new MinioSettings(endpoint, accessKey, secretKey, bucket, secure, region,
                Optional.ofNullable(newPublicEndpoint), partSize, uploadTimeout);
    }

    public MinioSettings withUploadTimeout(Duration newUploadTimeout) {
        return new MinioSettings(endpoint, accessKey, secretKey, bucket, secure, region, publicEndpoint, partSize,
                newUploadTimeout);
    }

    /** The endpoint as a URL, with the scheme {@code secure} implies when it names none. */
    public String endpointUrl() {
        return withScheme(endpoint);
    }

    /** The host presigned URLs are signed for: the public endpoint when set, else the endpoint. */
    public String presignEndpointUrl() {
        return withScheme(publicEndpoint.orElse(endpoint));
    }

    private String withScheme(String hostOrUrl) {
        String trimmed = hostOrUrl.trim();
        if (trimmed.startsWith("http://") || trimmed.startsWith("https://")) {
            return trimmed;
        }
        return (secure ? "https://" : "http://") + trimmed;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    @Override
    public String toString() {
        return "MinioSettings[endpoint=" + endpoint + ", accessKey=" + accessKey + ", secretKey=***, bucket=" + bucket
                + ", secure=" + secure + ", region=" + region + ", publicEndpoint=" + publicEndpoint
                + ", partSize=" + partSize + ", uploadTimeout=" + uploadTimeout + "]";
    }
}
