package com.ccplatform.webhook.adapter.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.application.testkit.GeneratedAttachment;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.media.ObjectKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The laptop store: objects as files under its directory, file: URLs, nothing partial left behind. */
class LocalDirectoryMediaStoreTest {

    private static final MimeType PNG = new MimeType("image/png");

    @TempDir
    Path root;

    @Test
    void writesTheObjectUnderItsKeyAndHandsOutAFileUrl() throws Exception {
        LocalDirectoryMediaStore store = new LocalDirectoryMediaStore(root);
        ObjectKey key = new ObjectKey("tenant-1/2026/11/25/abc.png");

        store.store(key, PNG, GeneratedAttachment.of(100), Deadline.in(Duration.ofSeconds(5)));

        assertThat(root.resolve("tenant-1/2026/11/25/abc.png")).hasBinaryContent(GeneratedAttachment.bytes(100));
        assertThat(store.presignedGetUrl(key, Duration.ofDays(7))).startsWith("file:").endsWith("abc.png");
    }

    @Test
    void anExpiredDeadlineIsUploadFailedAndLeavesNoFile() throws Exception {
        LocalDirectoryMediaStore store = new LocalDirectoryMediaStore(root);

        MediaTransferException e = catchThrowableOfType(MediaTransferException.class, () -> store.store(
                new ObjectKey("t/late.png"), PNG, GeneratedAttachment.of(100), Deadline.in(Duration.ZERO)));

        assertThat(e.failure()).isEqualTo(MediaFailure.UPLOAD_FAILED);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
