package com.ccplatform.webhook.adapter.minio;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.out.MediaStore;
import com.ccplatform.webhook.application.testkit.MediaStoreContract;
import com.ccplatform.webhook.domain.media.ObjectKey;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The MinIO store keeps the media store contract against a real S3 API, read back through its presigned URLs. */
class MinioMediaStoreContractTest extends MediaStoreContract {

    private static final S3TestServer server = S3TestServer.shared();
    private static MinioMediaStore store;
    private static MinioMediaStore unavailable;

    @BeforeAll
    static void startStores() throws Exception {
        store = new MinioMediaStore(server.settings(S3TestServer.newBucketName("contract")));
        store.ensureBucket();
        unavailable = new MinioMediaStore(MinioSettings.defaults(S3TestServer.deadEndpoint(), "a", "b"));
    }

    @AfterAll
    static void closeStores() {
        store.close();
        unavailable.close();
    }

    @Override
    protected MediaStore store() {
        return store;
    }

    @Override
    protected MediaStore unavailableStore() {
        return unavailable;
    }

    @Override
    protected Optional<Fetched> fetch(ObjectKey key) throws Exception {
        HttpResponse<byte[]> response = PlainHttp.get(store.presignedGetUrl(key, Duration.ofDays(7)));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        assertThat(response.statusCode()).as("GET of a presigned URL").isEqualTo(200);
        return Optional.of(new Fetched(response.body(), response.headers().firstValue("Content-Type")));
    }
}
