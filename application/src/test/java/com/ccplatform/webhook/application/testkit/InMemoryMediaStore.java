package com.ccplatform.webhook.application.testkit;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.MediaStore;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.media.ObjectKey;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The object store in memory. Presigned URLs look like `memory://media-outbound/{key}?X-Amz-Expires={seconds}`. */
public final class InMemoryMediaStore implements MediaStore {

    /** A stored object. */
    public record StoredObject(byte[] bytes, MimeType type) {
    }

    private final Map<ObjectKey, StoredObject> objects = new ConcurrentHashMap<>();
    private volatile boolean unavailable;

    public void makeUnavailable(boolean down) {
        this.unavailable = down;
    }

    public Optional<StoredObject> get(ObjectKey key) {
        return Optional.ofNullable(objects.get(key));
    }

    public Map<ObjectKey, StoredObject> objects() {
        return Map.copyOf(objects);
    }

    @Override
    public void store(ObjectKey key, MimeType type, InputStream content, Deadline deadline)
            throws MediaTransferException {
        if (unavailable) {
            throw new MediaTransferException(MediaFailure.UPLOAD_FAILED, "in-memory store switched off");
        }
        try {
            objects.put(key, new StoredObject(content.readAllBytes(), type));
        } catch (IOException e) {
            throw new MediaTransferException(MediaFailure.UPLOAD_FAILED, "stream failed during upload", e);
        }
    }

    @Override
    public String presignedGetUrl(ObjectKey key, Duration validity) throws MediaTransferException {
        if (!objects.containsKey(key)) {
            throw new MediaTransferException(MediaFailure.UPLOAD_FAILED, "no such object");
        }
        return "memory://media-outbound/" + key.value() + "?X-Amz-Expires=" + validity.toSeconds();
    }

    @Override
    public void delete(ObjectKey key) {
        objects.remove(key);
    }
}
