package com.ccplatform.webhook.application.port.out;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.media.ObjectKey;
import java.io.InputStream;
import java.time.Duration;

/** Our object store for re-hosted attachments (FRD 3.2): streaming upload and time-limited download links. */
public interface MediaStore {

    /**
     * Uploads a stream of unknown length until it ends, in bounded memory, with its content type.
     *
     * @throws MediaTransferException when the upload fails, or the stream fails, or the deadline passes
     */
    void store(ObjectKey key, MimeType type, InputStream content, Deadline deadline) throws MediaTransferException;

    /** A URL that lets anyone holding it GET the object for {@code validity}; computed locally. */
    String presignedGetUrl(ObjectKey key, Duration validity) throws MediaTransferException;

    /** Removes an object (a rejected or partial upload); best effort, never throws for a missing object. */
    void delete(ObjectKey key);
}
