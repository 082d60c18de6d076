package com.ccplatform.webhook.adapter.embedded;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.MediaStore;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.media.ObjectKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The laptop default when no {@code MINIO_ENDPOINT} is set: objects are files under a directory.
 *
 * <p>Limitations, on purpose: the "presigned" URL is a plain {@code file:} URI, so it neither expires nor works on
 * another machine, and it carries no content type (the type is not kept). The deadline is checked between reads, so
 * a source that blocks forever inside one read is not cut off. Not for production.
 */
public final class LocalDirectoryMediaStore implements MediaStore {

    private static final Logger log = LoggerFactory.getLogger(LocalDirectoryMediaStore.class);
    private static final int CHUNK = 64 * 1024;

    private final Path root;

    public LocalDirectoryMediaStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void store(ObjectKey key, MimeType type, InputStream content, Deadline deadline)
            throws MediaTransferException {
        Path target = pathOf(key);
        Path partial = null;
        try {
            Files.createDirectories(target.getParent());
            partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
            copy(content, partial, deadline);
            // the object appears whole or not at all
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new MediaTransferException(MediaFailure.UPLOAD_FAILED, "could not write the object", e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** A {@code file:} URI of the object; {@code validity} is ignored (see the class comment). */
    @Override
    public String presignedGetUrl(ObjectKey key, Duration validity) {
        return pathOf(key).toUri().toString();
    }

    @Override
    public void delete(ObjectKey key) {
        deleteQuietly(pathOf(key));
    }

    private void copy(InputStream content, Path partial, Deadline deadline)
            throws IOException, MediaTransferException {
        byte[] buffer = new byte[CHUNK];
        try (OutputStream out = Files.newOutputStream(partial)) {
            int n;
            while ((n = content.read(buffer)) >= 0) {
                if (deadline.isExpired()) {
                    throw new MediaTransferException(MediaFailure.UPLOAD_FAILED, "upload did not finish in time");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private Path pathOf(ObjectKey key) {
        Path path = root.resolve(key.value()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("object key leaves the store directory: " + key);
        }
        return path;
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("could not delete {}: {}", path, e.getMessage());
        }
    }
}
