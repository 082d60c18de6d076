package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.out.MediaSource;
import com.ccplatform.webhook.application.testkit.MediaSourceContract;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class GenesysMediaSourceContractTest extends MediaSourceContract {

    private static final HttpClient CLIENT = SharedHttpClient.create(Duration.ofSeconds(2));
    private final GenesysDownloadStub genesys = new GenesysDownloadStub();
    private StubServer server;
    private GenesysMediaSource source;

    @BeforeEach
    void start() throws Exception {
        server = StubServer.start().answer(genesys);
        source = new GenesysMediaSource(CLIENT, new GenesysMediaSettings(Duration.ofSeconds(30),
                MediaHostPolicy.parse("http://127.0.0.1:" + server.port())));
    }

    @AfterEach
    void stop() {
        source.close();
        server.close();
    }

    @Override
    protected MediaSource source() {
        return source;
    }

    @Override
    protected String serve(byte[] bytes, String contentType, boolean announceLength) {
        return server.uri() + genesys.serve(bytes, contentType, announceLength);
    }

    @Override
    protected String missingUrl() {
        return server.uri() + "/api/v2/downloads/missing";
    }

    @Override
    protected List<String> authorizationsSeen() {
        return genesys.authorizations();
    }
}
