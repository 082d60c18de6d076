package com.ccplatform.webhook.adapter.minio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.application.testkit.GeneratedAttachment;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.media.ObjectKey;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A store that takes connections and never answers: the upload is given up at the deadline, and the clean-up the use
 * case asks for next must not hold the webhook (it used to wait 5 s for the silent store, past every deadline).
 */
class SilentStoreTest {

    private ServerSocket silent;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listenAndNeverAnswer() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    Socket socket = silent.accept();
                    held.add(socket);
                    Thread reader = new Thread(() -> swallow(socket), "silent-store-reader");
                    reader.setDaemon(true);
                    reader.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-store");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException {
        silent.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    void deletingAnAbandonedUploadDoesNotWaitForTheSilentStore() {
        MinioSettings settings = MinioSettings.defaults("http://127.0.0.1:" + silent.getLocalPort(), "key", "secret")
                .withBucket("silent-" + UUID.randomUUID().toString().substring(0, 8));
        ObjectKey key = new ObjectKey("tenant/2026/01/01/" + UUID.randomUUID() + ".png");
        try (MinioMediaStore store = new MinioMediaStore(settings)) {
            MediaTransferException e = catchThrowableOfType(MediaTransferException.class, () ->
                    store.store(key, new MimeType("image/png"), GeneratedAttachment.of(1000),
                            Deadline.in(Duration.ofMillis(500))));
            assertThat(e.failure()).isEqualTo(MediaFailure.UPLOAD_FAILED);

            long started = System.nanoTime();
            store.delete(key);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).as("clean-up of an abandoned upload, while the store stays silent")
                    .isLessThan(Duration.ofSeconds(1));
        }
    }

    private static void swallow(Socket socket) {
        try (InputStream in = socket.getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the client went away
        }
    }
}
