package com.ccplatform.webhook.adapter.minio;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.testkit.GeneratedAttachment;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.media.ObjectKey;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Presigned GET URLs: fetched by a plain HTTP client, refused when tampered with, signed locally, for the right host. */
class MinioPresignedUrlTest {

    private static final Duration SEVEN_DAYS = Duration.ofDays(7);
    private static final int SIZE = 6 * 1024 * 1024 + 7;
    private static final S3TestServer server = S3TestServer.shared();
    private static final String bucket = S3TestServer.newBucketName("presign");
    private static MinioMediaStore store;

    @BeforeAll
    static void startStore() throws Exception {
        store = new MinioMediaStore(server.settings(bucket));
        store.ensureBucket();
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void anUnknownLengthUploadIsServedWithItsBytesAndContentTypeByAPlainGet() throws Exception {
        ObjectKey key = storeAttachment(new MimeType("video/mp4"));

        HttpResponse<byte[]> response = PlainHttp.get(store.presignedGetUrl(key, SEVEN_DAYS));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(response.body()).isEqualTo(GeneratedAttachment.bytes(SIZE));
    }

    @Test
    void theUrlIsValidForSevenDays() throws Exception {
        String url = store.presignedGetUrl(storeAttachment(new MimeType("image/png")), SEVEN_DAYS);

        assertThat(url).contains("X-Amz-Expires=604800");
    }

    @Test
    void aUrlWithOneSignatureCharacterChangedIsRefusedWith403() throws Exception {
        String url = store.presignedGetUrl(storeAttachment(new MimeType("image/png")), SEVEN_DAYS);
        char last = url.charAt(url.length() - 1);
        String tampered = url.substring(0, url.length() - 1) + (last == '0' ? '1' : '0');

        assertThat(PlainHttp.get(tampered).statusCode()).isEqualTo(403);
    }

    @Test
    void aUrlPointedAtAnotherObjectIsRefusedWith403() throws Exception {
        ObjectKey signedFor = storeAttachment(new MimeType("image/png"));
        ObjectKey other = storeAttachment(new MimeType("image/png"));
        String url = store.presignedGetUrl(signedFor, SEVEN_DAYS);

        assertThat(PlainHttp.get(url.replace(signedFor.value(), other.value())).statusCode()).isEqualTo(403);
    }

    @Test
    void presigningNeedsNoServer() throws Exception {
        // both hosts are down: a client that asked the server anything (its region, say) would fail here
        String dead = S3TestServer.deadEndpoint();
        try (MinioMediaStore offline = new MinioMediaStore(
                MinioSettings.defaults(dead, "key", "secret").withPublicEndpoint(S3TestServer.deadEndpoint()))) {
            String url = offline.presignedGetUrl(new ObjectKey("t/2026/01/01/x.png"), SEVEN_DAYS);

            assertThat(url).contains("X-Amz-Signature=").contains("X-Amz-Expires=604800");
        }
    }

    @Test
    void withAPublicEndpointUrlsNameThePublicHostAndWorkThere() throws Exception {
        ObjectKey key = storeAttachment(new MimeType("image/png"));
        String publicEndpoint = server.aliasEndpoint();
        try (MinioMediaStore published = new MinioMediaStore(server.settings(bucket)
                .withPublicEndpoint(publicEndpoint))) {
            String url = published.presignedGetUrl(key, SEVEN_DAYS);

            assertThat(URI.create(url).getHost()).isEqualTo(URI.create(publicEndpoint).getHost());
            HttpResponse<byte[]> response = PlainHttp.get(url);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(GeneratedAttachment.bytes(SIZE));
        }
    }

    @Test
    void rewritingTheHostOfASignedUrlBreaksItSoThePublicHostMustBeSignedFor() throws Exception {
        ObjectKey key = storeAttachment(new MimeType("image/png"));
        String url = store.presignedGetUrl(key, SEVEN_DAYS);
        String rewritten = url.replace(server.endpoint(), server.aliasEndpoint());

        assertThat(rewritten).isNotEqualTo(url);
        assertThat(PlainHttp.get(rewritten).statusCode()).isEqualTo(403);
    }

    private static ObjectKey storeAttachment(MimeType type) throws Exception {
        ObjectKey key = new ObjectKey("tenant-" + UUID.randomUUID() + "/2026/11/25/" + UUID.randomUUID() + ".bin");
        store.store(key, type, GeneratedAttachment.of(SIZE), Deadline.in(Duration.ofSeconds(30)));
        return key;
    }
}
