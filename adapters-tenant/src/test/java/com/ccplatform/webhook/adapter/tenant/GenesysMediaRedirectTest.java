package com.ccplatform.webhook.adapter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.AccessToken;
import com.ccplatform.webhook.application.port.out.MediaDownload;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Genesys's download endpoint answers with a redirect to a signed storage URL (issue 14, item 1), on loopback servers:
 * "Genesys" insists on the token, "storage" answers 400 to a request that carries one, and a trap counts connections.
 */
class GenesysMediaRedirectTest {

    private static final HttpClient CLIENT = SharedHttpClient.create(Duration.ofSeconds(2));
    private static final AccessToken TOKEN = new AccessToken("Bearer eyJhbGc.tenant-token");
    private static final byte[] PNG = "\u0089PNG bytes from signed storage".getBytes(StandardCharsets.ISO_8859_1);
    private static final String SIGNED = "/bucket/pce1234456?X-Amz-Signature=ab%2Fcd%3D&X-Amz-Expires=60";

    private StubServer genesys;
    private StubServer storage;
    private ConnectionTrap trap;
    private GenesysMediaSource source;

    @BeforeEach
    void start() throws Exception {
        genesys = StubServer.start();
        storage = StubServer.start().answer(RedirectStubs.signedStorage(PNG, "image/png"));
        trap = new ConnectionTrap();
        source = sourceWithRedirectsTo(Optional.of("http://127.0.0.1:" + storage.port()));
    }

    @AfterEach
    void stop() throws Exception {
        source.close();
        genesys.close();
        storage.close();
        trap.close();
    }

    private GenesysMediaSource sourceWithRedirectsTo(Optional<String> redirectHosts) {
        return new GenesysMediaSource(CLIENT, new GenesysMediaSettings(Duration.ofSeconds(30),
                MediaHostPolicy.parse("http://127.0.0.1:" + genesys.port()), redirectHosts.map(MediaHostPolicy::parse)));
    }

    private String genesysUrl(String path) {
        return genesys.uri() + path;
    }

    private static Deadline soon() {
        return Deadline.in(Duration.ofSeconds(4));
    }

    private static void assertFailsWith(MediaFailure failure, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MediaTransferException.class,
                e -> assertThat(e.failure()).isEqualTo(failure));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void followsARedirectToSignedStorageWithoutTheToken(int status) throws Exception {
        genesys.answer(RedirectStubs.requiringToken(TOKEN, RedirectStubs.redirect(status, storage.uri() + SIGNED)));

        try (MediaDownload download = source.open(genesysUrl("/api/v2/downloads/pce1234456"), TOKEN, soon())) {
            assertThat(download.body().readAllBytes()).isEqualTo(PNG);
            assertThat(download.declaredContentType()).contains("image/png");
            assertThat(download.declaredLength()).hasValue(PNG.length);
        }
        assertThat(genesys.lastRequest().header("Authorization")).isEqualTo(TOKEN.authorizationHeader());
        assertThat(storage.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.header("Authorization")).isNull();
            assertThat(request.uri()).hasToString(SIGNED);
        });
    }

    @Test
    void followsARelativeRedirectOnTheSameHostWithoutTheToken() throws Exception {
        genesys.answer((request, exchange) -> {
            if (request.rawPath().startsWith("/api/")) {
                RedirectStubs.redirect(302, "/signed/pce1234456?sig=1").respond(request, exchange);
            } else {
                RedirectStubs.signedStorage(PNG, "application/octet-stream").respond(request, exchange);
            }
        });

        try (MediaDownload download = source.open(genesysUrl("/api/v2/downloads/pce1234456"), TOKEN, soon())) {
            assertThat(download.body().readAllBytes()).isEqualTo(PNG);
        }
        assertThat(genesys.requests()).extracting(StubServer.Request::rawPath)
                .containsExactly("/api/v2/downloads/pce1234456", "/signed/pce1234456");
        assertThat(genesys.requests().get(0).header("Authorization")).isEqualTo(TOKEN.authorizationHeader());
        assertThat(genesys.requests().get(1).header("Authorization")).isNull();
    }

    @Test
    void refusesARedirectToAHostOutsideTheRedirectListAndNeverContactsIt() {
        genesys.answer(RedirectStubs.redirect(302, "http://127.0.0.1:" + trap.port() + "/steal"));

        assertFailsWith(MediaFailure.HOST_NOT_ALLOWED, () -> source.open(genesysUrl("/api/v2/downloads/x"), TOKEN, soon()));
        assertThat(trap.connections()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:{T}/steal", "https://127.0.0.1:{T}/steal", "https://localhost:{T}/steal",
            "https://localhost/steal", "https://127.0.0.1/steal", "https://169.254.169.254/latest/meta-data/",
            "https://[::1]/steal", "http://127.0.0.1:{S}/bucket/x", "file:///etc/passwd"})
    void refusesARedirectToAnInternalAddressWhenAnyPublicHostIsAllowed(String template) throws Exception {
        String target = template.replace("{T}", String.valueOf(trap.port()))
                .replace("{S}", String.valueOf(storage.port()));
        genesys.answer(RedirectStubs.redirect(307, target));

        try (GenesysMediaSource anyPublicHost = sourceWithRedirectsTo(Optional.empty())) {
            assertFailsWith(MediaFailure.HOST_NOT_ALLOWED,
                    () -> anyPublicHost.open(genesysUrl("/api/v2/downloads/x"), TOKEN, soon()));
        }
        assertThat(trap.connections()).isZero();
        assertThat(storage.requestCount()).isZero();
    }

    @Test
    void failsARedirectLoopWithoutFetchingAnyUrlTwice() {
        genesys.answer((request, exchange) -> RedirectStubs.redirect(302,
                request.rawPath().equals("/a") ? "/b" : "/a").respond(request, exchange));

        assertFailsWith(MediaFailure.DOWNLOAD_FAILED, () -> source.open(genesysUrl("/a"), TOKEN, soon()));
        assertThat(genesys.requests()).extracting(StubServer.Request::rawPath).containsExactly("/a", "/b");
    }

    @Test
    void followsThreeRedirects() throws Exception {
        genesys.answer(RedirectStubs.chain(PNG));

        try (MediaDownload download = source.open(genesysUrl("/chain/3/0"), TOKEN, soon())) {
            assertThat(download.body().readAllBytes()).isEqualTo(PNG);
        }
        assertThat(genesys.requestCount()).isEqualTo(4);
    }

    @Test
    void failsTheFourthRedirectWithoutFollowingIt() {
        genesys.answer(RedirectStubs.chain(PNG));

        assertFailsWith(MediaFailure.DOWNLOAD_FAILED, () -> source.open(genesysUrl("/chain/4/0"), TOKEN, soon()));
        assertThat(genesys.requests()).extracting(StubServer.Request::rawPath)
                .containsExactly("/chain/4/0", "/chain/4/1", "/chain/4/2", "/chain/4/3");
    }

    @Test
    void failsARedirectWithoutALocation() {
        genesys.answer(StubServer.status(302));

        assertFailsWith(MediaFailure.DOWNLOAD_FAILED, () -> source.open(genesysUrl("/api/v2/downloads/x"), TOKEN, soon()));
    }

    @Test
    void failsWhenStorageRefusesTheSignedUrl() {
        genesys.answer(RedirectStubs.redirect(302, storage.uri() + SIGNED));
        storage.answer(StubServer.status(403));

        assertFailsWith(MediaFailure.DOWNLOAD_FAILED, () -> source.open(genesysUrl("/api/v2/downloads/x"), TOKEN, soon()));
    }

    @Test
    void timesOutAtTheRequestsDeadlineWhenStorageIsSlow() {
        genesys.answer(RedirectStubs.redirect(302, storage.uri() + SIGNED));
        storage.answer(StubServer.after(Duration.ofSeconds(10), RedirectStubs.signedStorage(PNG, "image/png")));

        assertFailsWith(MediaFailure.DOWNLOAD_TIMEOUT, () -> source.open(genesysUrl("/api/v2/downloads/x"), TOKEN,
                Deadline.in(Duration.ofMillis(800))));
    }
}
