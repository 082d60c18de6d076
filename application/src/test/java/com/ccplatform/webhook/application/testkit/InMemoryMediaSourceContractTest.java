package com.ccplatform.webhook.application.testkit;

import com.ccplatform.webhook.application.port.out.MediaSource;
import java.util.List;
import java.util.UUID;

class InMemoryMediaSourceContractTest extends MediaSourceContract {

    private final InMemoryMediaSource source = new InMemoryMediaSource();

    @Override
    protected MediaSource source() {
        return source;
    }

    @Override
    protected String serve(byte[] bytes, String contentType, boolean announceLength) {
        String url = "https://api-downloads.mypurecloud.ie/api/v2/downloads/" + UUID.randomUUID();
        if (announceLength) {
            source.serve(url, bytes, contentType);
        } else {
            source.serveChunked(url, bytes, contentType);
        }
        return url;
    }

    @Override
    protected String missingUrl() {
        return "https://api-downloads.mypurecloud.ie/api/v2/downloads/missing";
    }

    @Override
    protected List<String> authorizationsSeen() {
        return source.authorizations();
    }
}
