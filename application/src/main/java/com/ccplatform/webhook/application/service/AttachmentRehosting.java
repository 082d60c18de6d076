package com.ccplatform.webhook.application.service;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.AccessToken;
import com.ccplatform.webhook.application.port.out.AccessTokens;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.application.port.out.MediaDownload;
import com.ccplatform.webhook.application.port.out.MediaSource;
import com.ccplatform.webhook.application.port.out.MediaStore;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.application.port.out.ObjectIds;
import com.ccplatform.webhook.application.port.out.WebhookTelemetry;
import com.ccplatform.webhook.domain.event.Attachment;
import com.ccplatform.webhook.domain.event.IncompleteAttachment;
import com.ccplatform.webhook.domain.media.MediaFailure;
import com.ccplatform.webhook.domain.media.MediaPolicy;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.media.ObjectKey;
import com.ccplatform.webhook.domain.media.RehostedMedia;
import com.ccplatform.webhook.domain.media.ServedContentType;
import com.ccplatform.webhook.domain.media.Sha256Checksum;
import com.ccplatform.webhook.domain.tenant.TenantId;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves an agent's attachments from Genesys to our store (FRD 5.2): one token, a streamed download checked against
 * the media policy, a streamed upload, a presigned URL. A failure drops that attachment only (FRD 7.3). The download
 * and upload run in one of the {@link TransferSlots}, so a burst of attachments cannot fill the heap.
 */
final class AttachmentRehosting {

    /** The attachments that made it, and the first reason one did not. */
    record Result(List<RehostedMedia> media, Optional<MediaFailure> failure) {

        static final Result NONE = new Result(List.of(), Optional.empty());

        /** This result followed by {@code later}: all the media, and the first failure of the two. */
        Result then(Result later) {
            List<RehostedMedia> all = new ArrayList<>(media);
            all.addAll(later.media());
            return new Result(List.copyOf(all), failure.or(later::failure));
        }
    }

    private final AccessTokens tokens;
    private final MediaSource source;
    private final MediaStore store;
    private final MediaPolicy policy;
    private final ObjectIds ids;
    private final Clock clock;
    private final WebhookTelemetry telemetry;
    private final TransferSlots slots;

    AttachmentRehosting(AccessTokens tokens, MediaSource source, MediaStore store, MediaPolicy policy,
                        ObjectIds ids, Clock clock, WebhookTelemetry telemetry, int transfers) {
        this.tokens = tokens;
        this.source = source;
        this.store = store;
        this.policy = policy;
        this.ids = ids;
        this.clock = clock;
        this.telemetry = telemetry;
        this.slots = new TransferSlots(transfers);
    }

    /** Re-hosts each attachment in turn, all within {@code deadline}. */
    Result rehostAll(TenantId tenant, List<Attachment> attachments, Deadline deadline) {
        List<RehostedMedia> media = new ArrayList<>(attachments.size());
        Optional<MediaFailure> firstFailure = Optional.empty();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            Optional<MimeType> allowed = policy.allowedType(attachment.declaredMime());
            String mimeLabel = allowed.map(MimeType::value).orElse("refused");
            try {
                media.add(rehost(tenant, attachment, allowed, deadline, attachments.size() - i));
                telemetry.mediaProcessed(tenant, attachment.id(), mimeLabel, Optional.empty());
            } catch (MediaTransferException e) {
                telemetry.mediaProcessed(tenant, attachment.id(), mimeLabel, Optional.of(e.failure()));
                firstFailure = firstFailure.or(() -> Optional.of(e.failure()));
            }
        }
        return new Result(media, firstFailure);
    }

    /** Reports each attachment entry without what a download needs as a failed attachment; nothing to download. */
    Result refuseIncomplete(TenantId tenant, List<IncompleteAttachment> entries) {
        for (IncompleteAttachment entry : entries) {
            String mimeLabel = policy.allowedType(entry.declaredMime()).map(MimeType::value).orElse("unknown");
            telemetry.mediaProcessed(tenant, entry.id() == null ? "(absent)" : entry.id(), mimeLabel,
                    Optional.of(MediaFailure.ATTACHMENT_INCOMPLETE));
        }
        return entries.isEmpty() ? Result.NONE
                : new Result(List.of(), Optional.of(MediaFailure.ATTACHMENT_INCOMPLETE));
    }

    private RehostedMedia rehost(TenantId tenant, Attachment attachment, Optional<MimeType> allowed, Deadline deadline,
                                 int attachmentsLeft) throws MediaTransferException {
        MimeType type = allowed.orElseThrow(() -> new MediaTransferException(MediaFailure.MIME_NOT_ALLOWED, "declared type refused"));
        if (attachment.contentSizeBytes() != null && policy.exceedsLimit(attachment.contentSizeBytes())) {
            throw new MediaTransferException(MediaFailure.TOO_LARGE, "declared size over the limit");
        }
        String url = attachment.downloadUrl()
                .orElseThrow(() -> new MediaTransferException(MediaFailure.DOWNLOAD_FAILED, "attachment has no url"));
        if (deadline.isExpired()) {
            throw new MediaTransferException(MediaFailure.DEADLINE_EXCEEDED, "no time left for media");
        }
        AccessToken token = token(tenant, deadline);
        return slots.inTurn(deadline, attachmentsLeft, () -> transfer(tenant, attachment, type, url, token, deadline));
    }

    private RehostedMedia transfer(TenantId tenant, Attachment attachment, MimeType type, String url, AccessToken token,
                                   Deadline deadline) throws MediaTransferException {
        try (MediaDownload download = source.open(url, token, deadline)) {
            checkAnnounced(download, type);
            ObjectKey key = policy.keyFor(tenant, type, clock.instant(), ids.next());
            GuardedStream guarded = new GuardedStream(download.body(), policy.maxFileBytes());
            upload(key, type, guarded, deadline);
            verifyChecksum(attachment, guarded, key);
            return new RehostedMedia(store.presignedGetUrl(key, MediaPolicy.PRESIGNED_URL_VALIDITY), type,
                    attachment.filenameOrDefault(), attachment.id(), key, guarded.count());
        } catch (IOException e) {
            // closing the download failed after the work was done or abandoned; nothing more to undo
            throw new MediaTransferException(MediaFailure.DOWNLOAD_FAILED, "download could not be closed", e);
        }
    }

    /** Deletes what was re-hosted for a message that will not be published (best effort, as the store's delete). */
    void discard(List<RehostedMedia> rehosted) {
        for (RehostedMedia one : rehosted) {
            store.delete(one.key());
        }
    }

    private AccessToken token(TenantId tenant, Deadline deadline) throws MediaTransferException {
        try {
            return tokens.mediaDownloadToken(tenant, deadline);
        } catch (DependencyUnavailableException e) {
            throw new MediaTransferException(MediaFailure.TOKEN_UNAVAILABLE, "no media token", e);
        }
    }

    /** What the server announced: a length over the limit, or a type other than the declared one (not a generic one). */
    private void checkAnnounced(MediaDownload download, MimeType declared) throws MediaTransferException {
        if (download.declaredLength().isPresent() && policy.exceedsLimit(download.declaredLength().getAsLong())) {
            throw new MediaTransferException(MediaFailure.TOO_LARGE, "Content-Length over the limit");
        }
        if (!ServedContentType.agrees(declared, download.contentType())) {
            throw new MediaTransferException(MediaFailure.MIME_NOT_ALLOWED, "response Content-Type is another type");
        }
    }

    private void upload(ObjectKey key, MimeType type, GuardedStream guarded, Deadline deadline)
            throws MediaTransferException {
        try {
            store.store(key, type, guarded, deadline);
        } catch (MediaTransferException e) {
            store.delete(key);
            if (guarded.limitExceeded()) {
                throw new MediaTransferException(MediaFailure.TOO_LARGE, "stream passed the size limit", e);
            }
            if (guarded.sourceFailed()) {
                MediaFailure failure = deadline.isExpired() ? MediaFailure.DOWNLOAD_TIMEOUT : MediaFailure.DOWNLOAD_FAILED;
                throw new MediaTransferException(failure, "download broke off during the transfer", e);
            }
            throw e;
        }
    }

    private void verifyChecksum(Attachment attachment, GuardedStream guarded, ObjectKey key)
            throws MediaTransferException {
        Optional<String> expected = attachment.expectedSha256();
        if (expected.isPresent() && !Sha256Checksum.matches(expected.get(), guarded.sha256())) {
            store.delete(key);
            throw new MediaTransferException(MediaFailure.CHECKSUM_MISMATCH, "sha256 differs from the declared one");
        }
    }
}
