package com.ccplatform.webhook.domain.media;

import com.ccplatform.webhook.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The rules for re-hosting attachments (FRD 5.2.3, 5.2.4): which types, how large, how named, how long shared. */
public final class MediaPolicy {

    /** FRD 5.2.3. */
    public static final Set<String> ALLOWED_MIME_TYPES = Set.of(
            "image/jpeg", "image/png", "image/gif", "image/webp",
            "application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "audio/mpeg", "audio/ogg", "audio/wav",
            "video/mp4", "video/quicktime",
            "text/plain", "text/csv");

    /** The S3 maximum, and the FRD's choice: presigned URLs live 7 days. */
    public static final Duration PRESIGNED_URL_VALIDITY = Duration.ofDays(7);

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("image/jpeg", ".jpg"), Map.entry("image/png", ".png"), Map.entry("image/gif", ".gif"),
            Map.entry("image/webp", ".webp"), Map.entry("application/pdf", ".pdf"),
            Map.entry("application/msword", ".doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
            Map.entry("audio/mpeg", ".mp3"), Map.entry("audio/ogg", ".ogg"), Map.entry("audio/wav", ".wav"),
            Map.entry("video/mp4", ".mp4"), Map.entry("video/quicktime", ".mov"),
            Map.entry("text/plain", ".txt"), Map.entry("text/csv", ".csv"));

    private final long maxFileBytes;

    public MediaPolicy(long maxFileBytes) {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("max file size must be positive");
        }
        this.maxFileBytes = maxFileBytes;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** The allowed media type named by a declared `mime` or a `Content-Type`; empty when absent or refused. */
    public Optional<MimeType> allowedType(String declaredOrHeader) {
        return MimeType.parse(declaredOrHeader).filter(t -> ALLOWED_MIME_TYPES.contains(t.value()));
    }

    /** True when a size already announced (by `contentSizeBytes` or `Content-Length`) is over the limit. */
    public boolean exceedsLimit(long announcedBytes) {
        return announcedBytes > maxFileBytes;
    }

    /** The file extension for a media type, dot included, or empty text when the FRD map has none. */
    public String extensionFor(MimeType type) {
        return EXTENSIONS.getOrDefault(type.value(), "");
    }

    /** The object key of a new upload for this tenant. */
    public ObjectKey keyFor(TenantId tenant, MimeType type, Instant now, UUID uuid) {
        return ObjectKey.forMedia(tenant, now, uuid, extensionFor(type));
    }
}
