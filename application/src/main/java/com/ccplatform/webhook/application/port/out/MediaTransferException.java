package com.ccplatform.webhook.application.port.out;

import com.ccplatform.webhook.domain.media.MediaFailure;

/** An attachment could not be moved; the message is still published, without it (FRD 7.2, 7.3). */
public class MediaTransferException extends Exception {
    private static final long serialVersionUID = 1L;

    private final MediaFailure failure;

    public MediaTransferException(MediaFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public MediaTransferException(MediaFailure failure, String message) {
        this(failure, message, null);
    }

    public MediaFailure failure() {
        return failure;
    }
}
