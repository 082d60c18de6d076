package com.ccplatform.webhook.adapter.embedded;

import com.ccplatform.webhook.application.port.out.MediaStore;
import com.ccplatform.webhook.application.testkit.MediaStoreContract;
import com.ccplatform.webhook.domain.media.ObjectKey;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** The laptop store keeps the media store contract, read back through its {@code file:} URLs. */
class LocalDirectoryMediaStoreContractTest extends MediaStoreContract {

    @TempDir
    Path root;

    @Override
    protected MediaStore store() {
        return new LocalDirectoryMediaStore(root);
    }

    @Override
    protected MediaStore unavailableStore() {
        // a directory that is a file cannot hold objects
        try {
            return new LocalDirectoryMediaStore(Files.writeString(root.resolve("not-a-directory"), "x"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected Optional<Fetched> fetch(ObjectKey key) throws Exception {
        Path file = Path.of(URI.create(store().presignedGetUrl(key, Duration.ofDays(7))));
        return Files.exists(file) ? Optional.of(new Fetched(Files.readAllBytes(file), Optional.empty()))
                : Optional.empty();
    }

    @Override
    protected boolean keepsContentType() {
        return false;
    }
}
