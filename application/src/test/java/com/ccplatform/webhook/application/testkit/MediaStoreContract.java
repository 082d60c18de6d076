package com.ccplatform.webhook.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.MediaStore;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.media.ObjectKey;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MediaStore} promises the use case; run against the in-memory twin and each real adapter.
 * Subclasses say how to read an object back (through the URL the store hands out, where it can).
 */
public abstract class MediaStoreContract {

    /** Larger than one 5 MiB part, so a multipart store really uses several parts. */
    protected static final int MULTIPART_SIZE = 6 * 1024 * 1024 + 123;
    protected static final MimeType PNG = new MimeType("image/png");

    /** An object as a holder of its URL sees it. */
    public record Fetched(byte[] bytes, Optional<String> contentType) {
    }

    /** The store under test, working. */
    protected abstract MediaStore store();

    /** A store of the same kind whose backend cannot be reached. */
    protected abstract MediaStore unavailableStore();

    /** Reads an object back, or empty when there is none. */
    protected abstract Optional<Fetched> fetch(ObjectKey key) throws Exception;

    /** Whether the store serves an object with the content type it was stored with. */
    protected boolean keepsContentType() {
        return true;
    }

    protected static ObjectKey newKey() {
        return new ObjectKey("contract/" + UUID.randomUUID() + ".png");
    }

    protected static Deadline plentyOfTime() {
        return Deadline.in(Duration.ofSeconds(30));
    }

    @Test
    void storesAStreamOfUnknownLengthAndGivesBackTheSameBytes() throws Exception {
        ObjectKey key = newKey();
        store().store(key, PNG, GeneratedAttachment.of(MULTIPART_SIZE), plentyOfTime());

        assertThat(fetch(key)).hasValueSatisfying(
                fetched -> assertThat(fetched.bytes()).isEqualTo(GeneratedAttachment.bytes(MULTIPART_SIZE)));
    }

    @Test
    void storesAnEmptyAttachment() throws Exception {
        ObjectKey key = newKey();
        store().store(key, PNG, GeneratedAttachment.of(0), plentyOfTime());

        assertThat(fetch(key)).hasValueSatisfying(fetched -> assertThat(fetched.bytes()).isEmpty());
    }

    @Test
    void servesTheObjectWithItsContentType() throws Exception {
        ObjectKey key = newKey();
        store().store(key, new MimeType("application/pdf"), GeneratedAttachment.of(1000), plentyOfTime());

        Optional<String> served = fetch(key).orElseThrow().contentType();
        if (keepsContentType()) {
            assertThat(served).contains("application/pdf");
        } else {
            assertThat(served).isEmpty();
        }
    }

    @Test
    void aSourceThatFailsMidwayIsUploadFailedWithThatCauseAndLeavesNoObject() throws Exception {
        ObjectKey key = newKey();
        IOException broken = new IOException("connection reset by Genesys");

        MediaTransferException e = catchThrowableOfType(MediaTransferException.class, () -> store().store(key, PNG,
                GeneratedAttachment.failingAfter(MULTIPART_SIZE, broken), plentyOfTime()));

        assertThat(e.failure()).isEqualTo(MediaFailure.UPLOAD_FAILED);
        assertThat(e.getCause()).isSameAs(broken);
        assertThat(fetch(key)).isEmpty();
    }

    @Test
    void anUnreachableStoreIsUploadFailed() {
        MediaTransferException e = catchThrowableOfType(MediaTransferException.class, () -> unavailableStore()
                .store(newKey(), PNG, GeneratedAttachment.of(1000), plentyOfTime()));

        assertThat(e.failure()).isEqualTo(MediaFailure.UPLOAD_FAILED);
    }

    @Test
    void deleteRemovesTheObject() throws Exception {
        ObjectKey key = newKey();
        store().store(key, PNG, GeneratedAttachment.of(1000), plentyOfTime());

        store().delete(key);

        assertThat(fetch(key)).isEmpty();
    }

    @Test
    void deletingAMissingObjectIsQuiet() {
        assertThatCode(() -> store().delete(newKey())).doesNotThrowAnyException();
    }

    @Test
    void givesAUrlForAStoredObject() throws Exception {
        ObjectKey key = newKey();
        store().store(key, PNG, GeneratedAttachment.of(10), plentyOfTime());

        assertThat(store().presignedGetUrl(key, Duration.ofDays(7))).isNotBlank().contains(key.value());
    }
}
