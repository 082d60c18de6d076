package com.ccplatform.webhook.domain.media;

import java.util.Locale;

/** Why an attachment could not be re-hosted; its wire name is published and used as a metric label. */
public enum MediaFailure {
    MIME_NOT_ALLOWED,
    TOO_LARGE,
    HOST_NOT_ALLOWED,
    DOWNLOAD_FAILED,
    DOWNLOAD_TIMEOUT,
    UPLOAD_FAILED,
    CHECKSUM_MISMATCH,
    TOKEN_UNAVAILABLE,
    DEADLINE_EXCEEDED,
    /** Every media transfer slot stayed taken for the attachment's share of the deadline (a burst). */
    NO_TRANSFER_SLOT,
    /** The `Attachment` entry had no `attachment` object, no `id` or no `url`: nothing to download. */
    ATTACHMENT_INCOMPLETE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
