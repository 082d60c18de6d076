package com.ccplatform.webhook.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.amqp.TestBroker;
import com.ccplatform.webhook.adapter.minio.S3TestServer;
import com.ccplatform.webhook.bootstrap.PlatformStubs;
import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.Result;
import io.minio.messages.Item;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 12, item 8: through the real wiring (S3 API, RabbitMQ behind a proxy that refuses), a webhook whose attachment
 * was re-hosted but whose event could not be published is answered 503 and leaves nothing in the bucket; Genesys's
 * retry, once the broker is back, is answered 200 and leaves exactly one object.
 */
class OrphanedMediaFaultTest {

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aWebhookNotAnswered200LeavesNoMediaAndItsRetryLeavesOneCopy() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String bucket = S3TestServer.newBucketName("orphans");
        TestBroker broker = TestBroker.get();
        S3TestServer store = S3TestServer.shared();
        try (PlatformStubs platform = new PlatformStubs(Map.of());
             MediaDownloadStub downloads = new MediaDownloadStub();
             FaultyTcpProxy rabbit = FaultyTcpProxy.start(broker.host(), broker.port())) {
            rabbit.mode(FaultyTcpProxy.Mode.REFUSE);
            Map<String, String> env = new TreeMap<>(Map.of("RABBITMQ_HOST", "127.0.0.1",
                    "RABBITMQ_PORT", String.valueOf(rabbit.port()), "OUTBOUND_QUEUE", "faults-orphans-outbound-" + run,
                    "STATUS_QUEUE", "faults-orphans-status-" + run, "TENANT_SERVICE_URL", platform.baseUrl(),
                    "TENANT_SERVICE_TOKEN", PlatformStubs.SERVICE_TOKEN, "AUTH_SERVICE_URL", platform.baseUrl(),
                    "MEDIA_ALLOWED_HOSTS", downloads.baseUrl(), "MINIO_ENDPOINT", store.endpoint()));
            env.putAll(Map.of("MINIO_ACCESS_KEY", store.accessKey(), "MINIO_SECRET_KEY", store.secretKey(),
                    "MINIO_SECURE", "false", "MINIO_BUCKET", bucket));
            try (InProcessService service = InProcessService.start(InProcessService.environment(
                    Files.createTempDirectory("faults-orphans"), env));
                 WebhookClient client = new WebhookClient(service.port())) {
                SignedWebhook webhook = SignedWebhook.withAttachment("orphan-" + run, PlatformStubs.INTEGRATION,
                        PlatformStubs.SECRET, downloads.urlFor("orphan-" + run));

                WebhookClient.Answer refused = client.send(webhook);
                List<String> afterRefusal = objectsSettled(store.client(), bucket);
                rabbit.mode(FaultyTcpProxy.Mode.FORWARD);
                WebhookClient.Answer retried = retryUntilAnswered(client, webhook);
                List<String> afterRetry = objects(store.client(), bucket);

                System.out.println("[faults] orphaned-media: first=" + refused.status() + " objects-after="
                        + afterRefusal.size() + " retry=" + retried.status() + " objects-after-retry="
                        + afterRetry.size());
                assertThat(refused.status()).isEqualTo(503);
                assertThat(afterRefusal).as("objects left by the webhook answered 503").isEmpty();
                assertThat(retried.status()).isEqualTo(200);
                assertThat(afterRetry).hasSize(1);
            }
        }
    }

    /** Genesys retries 5xx: here until the broker connection is back (it reconnects every 2 s). */
    private static WebhookClient.Answer retryUntilAnswered(WebhookClient client, SignedWebhook webhook)
            throws InterruptedException {
        WebhookClient.Answer answer = client.send(webhook);
        for (int i = 0; i < 30 && answer.status() == 503; i++) {
            Thread.sleep(500);
            answer = client.send(webhook);
        }
        return answer;
    }

    /** The bucket's objects once the delete that follows a failed publish has had its moment. */
    private static List<String> objectsSettled(MinioAsyncClient s3, String bucket) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<String> names = objects(s3, bucket);
        while (!names.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
            names = objects(s3, bucket);
        }
        return names;
    }

    private static List<String> objects(MinioAsyncClient s3, String bucket) throws Exception {
        List<String> names = new ArrayList<>();
        for (Result<Item> item : s3.listObjects(ListObjectsArgs.builder().bucket(bucket).recursive(true).build())) {
            names.add(item.get().objectName());
        }
        return names;
    }
}
