package com.ccplatform.webhook.adapter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.AccessToken;
import com.ccplatform.webhook.application.port.out.MediaDownload;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GenesysMediaSourceTest {

    private static final HttpClient CLIENT = SharedHttpClient.create(Duration.ofSeconds(2));
    private static final AccessToken TOKEN = new AccessToken("Bearer eyJhbGc.tenant-token");

    private final GenesysDownloadStub genesys = new GenesysDownloadStub();
    private StubServer server;
    private StubServer elsewhere;
    private GenesysMediaSource source;

    @BeforeEach
    void start() throws Exception {
        server = StubServer.start().answer(genesys);
        elsewhere = StubServer.start().answer(StubServer.json(200, "{}"));
        source = sourceAllowing("http://127.0.0.1:" + server.port(), Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        source.close();
        server.close();
        elsewhere.close();
    }

    private static GenesysMediaSource sourceAllowing(String hosts, Duration timeout) {
        return new GenesysMediaSource(CLIENT, new GenesysMediaSettings(timeout, MediaHostPolicy.parse(hosts)));
    }

    private static Deadline soon() {
        return Deadline.in(Duration.ofSeconds(4));
    }

    private static void assertFailsWith(MediaFailure failure, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(MediaTransferException.class,
                e -> assertThat(e.failure()).isEqualTo(failure));
    }

    private String url(String path) {
        return server.uri() + path;
    }

    @Test
    void downloadsOnlyWithTheTenantsToken() throws Exception {
        String path = genesys.serve(new byte[] {1, 2, 3}, "image/png", true);
        server.answer((request, exchange) -> {
            if (!TOKEN.authorizationHeader().equals(request.header("Authorization"))) {
                StubServer.status(401).respond(request, exchange);
            } else {
                genesys.respond(request, exchange);
            }
        });

        try (MediaDownload download = source.open(url(path), TOKEN, soon())) {
            assertThat(download.body().readAllBytes()).containsExactly(1, 2, 3);
        }
        assertFailsWith(MediaFailure.DOWNLOAD_FAILED, () -> source.open(url(path), new AccessToken("stale"), soon()));
    }

    @Test
    void failsAServerErrorAsDownloadFailed() {
        server.answer(StubServer.status(500));

        assertFailsWith(MediaFailure.DOWNLOAD_FAILED, () -> source.open(url("/api/v2/downloads/x"), TOKEN, soon()));
    }

    @Test
    void timesOutASlowServerAtTheRequestsDeadline() {
        server.answer(StubServer.after(Duration.ofSeconds(10), genesys));
        long start = System.nanoTime();

        assertFailsWith(MediaFailure.DOWNLOAD_TIMEOUT,
                () -> source.open(url("/api/v2/downloads/x"), TOKEN, Deadline.in(Duration.ofMillis(500))));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void timesOutASlowServerAtTheMediaDownloadTimeout() {
        server.answer(StubServer.after(Duration.ofSeconds(10), genesys));
        GenesysMediaSource capped = sourceAllowing("http://127.0.0.1:" + server.port(), Duration.ofMillis(400));
        long start = System.nanoTime();

        try {
            assertFailsWith(MediaFailure.DOWNLOAD_TIMEOUT,
                    () -> capped.open(url("/api/v2/downloads/x"), TOKEN, Deadline.in(Duration.ofSeconds(20))));
        } finally {
            capped.close();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void failsAReadThatStallsMidBodyWhenTheDeadlinePasses() throws Exception {
        server.answer((request, exchange) -> {
            exchange.getResponseHeaders().set("Content-Type", "video/mp4");
            exchange.sendResponseHeaders(200, 1_000_000);
            OutputStream out = exchange.getResponseBody();
            out.write(new byte[1000]);
            out.flush();
            Thread.sleep(10_000);
        });
        long start = System.nanoTime();

        try (MediaDownload download = source.open(url("/api/v2/downloads/x"), TOKEN, Deadline.in(Duration.ofSeconds(2)))) {
            assertThat(download.declaredLength()).hasValue(1_000_000);
            assertThatThrownBy(() -> download.body().readAllBytes()).isInstanceOf(SocketTimeoutException.class);
        }
        // the server holds the body back for 10 s; the read fails at the 2 s deadline
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void doesNotStartWhenTheDeadlineHasPassed() {
        assertFailsWith(MediaFailure.DOWNLOAD_TIMEOUT,
                () -> source.open(url("/api/v2/downloads/x"), TOKEN, Deadline.in(Duration.ZERO)));
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void neverFollowsARedirectToAnotherHost() {
        server.answer((request, exchange) -> {
            exchange.getResponseHeaders().set("Location", elsewhere.uri() + "/collect");
            exchange.sendResponseHeaders(302, -1);
        });

        assertFailsWith(MediaFailure.HOST_NOT_ALLOWED, () -> source.open(url("/api/v2/downloads/x"), TOKEN, soon()));
        assertThat(elsewhere.requestCount()).as("the token never reached the other host").isZero();
    }

    @Test
    void followsARedirectToAnotherAllowedHostWithoutTheToken() throws Exception {
        GenesysMediaSource both = sourceAllowing(
                "http://127.0.0.1:" + server.port() + ", http://127.0.0.1:" + elsewhere.port(), Duration.ofSeconds(30));
        server.answer((request, exchange) -> {
            exchange.getResponseHeaders().set("Location", elsewhere.uri() + "/file");
            exchange.sendResponseHeaders(303, -1);
        });

        try (MediaDownload download = both.open(url("/api/v2/downloads/x"), TOKEN, soon())) {
            assertThat(download.body().readAllBytes()).asString().isEqualTo("{}");
        } finally {
            both.close();
        }
        assertThat(elsewhere.requests()).singleElement().satisfies(r -> assertThat(r.header("Authorization")).isNull());
    }

    @Test
    void refusesAHostThatIsNotListed() {
        assertFailsWith(MediaFailure.HOST_NOT_ALLOWED, () -> source.open(elsewhere.uri() + "/x", TOKEN, soon()));
        assertThat(elsewhere.requestCount()).isZero();
    }

    @Test
    void refusesNonHttpSchemes() {
        assertFailsWith(MediaFailure.HOST_NOT_ALLOWED, () -> source.open("file:///etc/passwd", TOKEN, soon()));
        assertFailsWith(MediaFailure.HOST_NOT_ALLOWED,
                () -> source.open("ftp://127.0.0.1:" + server.port() + "/x", TOKEN, soon()));
    }

    @Test
    void refusesAListedPatternWhoseNameResolvesToLoopbackOrMetadata() {
        String hosts = "http://*.genesys.test:" + server.port();
        for (String address : new String[] {"127.0.0.1", "169.254.169.254", "10.0.0.7", "fe80::1"}) {
            GenesysMediaSource guarded = new GenesysMediaSource(CLIENT,
                    new GenesysMediaSettings(Duration.ofSeconds(30), MediaHostPolicy.parse(hosts)),
                    host -> new InetAddress[] {InetAddress.getByName(address)});
            try {
                assertFailsWith(MediaFailure.HOST_NOT_ALLOWED, () -> guarded.open(
                        "http://api.genesys.test:" + server.port() + "/api/v2/downloads/x", TOKEN, soon()));
            } finally {
                guarded.close();
            }
        }
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void refusesAClientThatFollowsRedirects() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        assertThatThrownBy(() -> new GenesysMediaSource(following, GenesysMediaSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
