package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.out.AccessTokens;
import com.ccplatform.webhook.application.testkit.AccessTokensContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

class HttpAccessTokensContractTest extends AccessTokensContract {

    private static final HttpClient CLIENT = SharedHttpClient.create(Duration.ofSeconds(2));
    private StubServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected AccessTokens availableTokens() {
        try {
            server = StubServer.start().answer(AuthServiceStub.frd());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HttpAccessTokens(CLIENT, AuthServiceSettings.of(server.uri()));
    }

    @Override
    protected AccessTokens unavailableTokens() {
        try {
            return new HttpAccessTokens(CLIENT,
                    AuthServiceSettings.of(URI.create("http://127.0.0.1:" + StubServer.closedPort())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
