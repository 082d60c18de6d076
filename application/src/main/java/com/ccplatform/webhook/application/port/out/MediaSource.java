package com.ccplatform.webhook.application.port.out;

import com.ccplatform.webhook.application.port.Deadline;

/** Opens an agent's attachment at Genesys for streaming download, authenticated with the tenant's token. */
public interface MediaSource {

    /**
     * Starts the download and returns once the response headers are in.
     *
     * @throws MediaTransferException when the URL may not be fetched (host not allowed), or the server refuses,
     *                                fails or does not answer before the deadline
     */
    MediaDownload open(String url, AccessToken token, Deadline deadline) throws MediaTransferException;
}
