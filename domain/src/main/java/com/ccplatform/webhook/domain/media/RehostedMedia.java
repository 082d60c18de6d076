package com.ccplatform.webhook.domain.media;

import com.ccplatform.webhook.domain.Require;

/** An attachment once it lives in our store: the FRD 4.2.2 `payload.media` object. */
public record RehostedMedia(String url, MimeType mimeType, String filename, String originalId, ObjectKey key,
                            long sizeBytes) {
    public RehostedMedia {
        Require.nonBlank(url, "url");
        Require.present(mimeType, "mime type");
        Require.nonBlank(filename, "filename");
        Require.nonBlank(originalId, "original id");
        Require.present(key, "object key");
    }
}
