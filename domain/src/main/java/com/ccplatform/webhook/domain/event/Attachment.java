package com.ccplatform.webhook.domain.event;

import com.ccplatform.webhook.domain.Require;
import java.util.Optional;

/**
 * An agent's attachment to re-host, with the id and URL it needs (an entry without them is an
 * {@link IncompleteAttachment}). The URL is authenticated (a token may be inside it): it is never logged, and
 * {@link #toString()} leaves it out.
 */
public record Attachment(String id, String url, String declaredMime, String filename, String sha256,
                         Long contentSizeBytes) {
    public Attachment {
        Require.nonBlank(id, "attachment id");
        Require.nonBlank(url, "attachment url");
    }

    public Optional<String> downloadUrl() {
        return Optional.ofNullable(url).filter(u -> !u.isBlank());
    }

    public Optional<String> declaredMimeType() {
        return Optional.ofNullable(declaredMime).filter(m -> !m.isBlank());
    }

    /** The filename to publish: the one Genesys sent, else `attachment` as in the FRD. */
    public String filenameOrDefault() {
        return filename == null || filename.isBlank() ? "attachment" : filename;
    }

    public Optional<String> expectedSha256() {
        return Optional.ofNullable(sha256).filter(s -> !s.isBlank());
    }

    @Override
    public String toString() {
        return "Attachment[id=" + id + ", mime=" + declaredMime + ", url=redacted]";
    }
}
