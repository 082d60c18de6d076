package com.ccplatform.webhook.systemtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.GetResponse;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attachment URLs an attacker would like the service to fetch with the tenant's token: loopback on other ports,
 * private and link-local addresses (only ever as literal IPs, refused before any connection), other schemes, and
 * redirects from the one allowed host to any of those. None is fetched, the trap port sees nothing, and each message is
 * still published as text with the documented `media_failure_reason`. A redirect to an allowed host is followed,
 * without the token, so the refusals mean something.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttachmentSsrfTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // A connection attempted to an unroutable address would wait out the 2 s connect timeout; a refusal is immediate.
    private static final Duration REFUSED_WITHOUT_CONNECTING = Duration.ofSeconds(2);
    private static final List<String> URLS_SENT = new ArrayList<>();
    private static Duration lastElapsed = Duration.ZERO;
    private static HostileService service;
    private static CapturedLogs logs;

    @BeforeAll
    static void start() throws Exception {
        logs = CapturedLogs.start();
        service = HostileService.start();
        // the first attachment looks the tenant up and fetches the media token: do that before anything is timed
        sendAttachment("warm-up", url("http://127.0.0.1:{P}/media/ok/warm-up"));
        service.platform.downloads.clear();
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        logs.stop();
    }

    /** Name, URL ({P}: the allowed port, {T}: the trap's port). */
    static Stream<Arguments> refusedUrls() {
        return Stream.of(
                Arguments.of("loopback, the trap's port", "http://127.0.0.1:{T}/steal-loopback"),
                Arguments.of("localhost, the trap's port", "http://localhost:{T}/steal-localhost"),
                Arguments.of("localhost, the allowed port", "http://localhost:{P}/media/ok/steal-by-name"),
                Arguments.of("another loopback address, the allowed port", "http://127.0.0.2:{P}/media/ok/steal"),
                Arguments.of("IPv6 loopback", "http://[::1]:{T}/steal-v6"),
                Arguments.of("IPv4-mapped IPv6 loopback", "http://[::ffff:127.0.0.1]:{P}/media/ok/steal-mapped"),
                Arguments.of("0.0.0.0", "http://0.0.0.0:{T}/steal-any"),
                Arguments.of("decimal loopback", "http://2130706433:{T}/steal-decimal"),
                Arguments.of("https on the trap's port", "https://127.0.0.1:{T}/steal-tls"),
                Arguments.of("user info hiding the trap", "http://127.0.0.1:{P}@127.0.0.1:{T}/steal-userinfo"),
                Arguments.of("fragment hiding the allowed host", "http://127.0.0.1:{T}#@127.0.0.1:{P}/steal-fragment"),
                Arguments.of("10.0.0.0/8", "http://10.0.0.1/steal-private-10"),
                Arguments.of("10.0.0.0/8 on the allowed port", "http://10.255.255.1:{P}/media/ok/steal"),
                Arguments.of("172.16.0.0/12", "http://172.16.0.1/steal-private-172"),
                Arguments.of("172.16.0.0/12, top", "http://172.31.255.254:8080/steal-private-172-top"),
                Arguments.of("192.168.0.0/16", "http://192.168.0.1/steal-private-192"),
                Arguments.of("cloud metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
                Arguments.of("IPv6 unique local", "http://[fd00::1]/steal-ula"),
                Arguments.of("IPv6 link local", "http://[fe80::1]/steal-link-local"),
                Arguments.of("file", "file:///etc/passwd"),
                Arguments.of("file with a host", "file://127.0.0.1:{T}/etc/passwd"),
                Arguments.of("ftp", "ftp://127.0.0.1:{T}/steal-ftp"),
                Arguments.of("jar", "jar:http://127.0.0.1:{P}/media/ok/steal.jar!/x"),
                Arguments.of("gopher", "gopher://127.0.0.1:{T}/_steal-gopher"),
                Arguments.of("data", "data:image/png;base64,iVBORw0KGgo="),
                Arguments.of("scheme-relative", "//127.0.0.1:{P}/media/ok/steal-relative"),
                Arguments.of("no scheme", "127.0.0.1:{P}/media/ok/steal-no-scheme"),
                Arguments.of("not a URL", "http://127.0.0.1:{P}/media/ok/a b\\c"));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUrls")
    void refusesBeforeConnectingAndPublishesTheTextWithHostNotAllowed(String name, String template) throws Exception {
        JsonNode payload = sendAttachment(name, url(template));

        assertThat(payload.get("media_failure_reason").asText()).isEqualTo("host_not_allowed");
        assertThat(lastElapsed).isLessThan(REFUSED_WITHOUT_CONNECTING);
        assertThat(service.platform.downloads).isEmpty();
        assertThat(service.trap.seen()).isEmpty();
    }

    /**
     * Name and redirect target ({P}: the allowed port, {T}: the trap's port). No MEDIA_REDIRECT_ALLOWED_HOSTS is set, so
     * a redirect may go to any public https host: these are refused for being internal, plain http, another port or
     * another scheme, before any connection.
     */
    static Stream<Arguments> redirects() {
        return Stream.of(
                Arguments.of("to the trap", "http://127.0.0.1:{T}/steal-redirected"),
                Arguments.of("to the trap over https", "https://127.0.0.1:{T}/steal-redirected-tls"),
                Arguments.of("to the trap by name", "https://localhost:{T}/steal-redirected-name"),
                Arguments.of("to loopback over https", "https://127.0.0.1/steal-redirected-443"),
                Arguments.of("to localhost by name over https", "https://localhost/steal-redirected-localhost"),
                Arguments.of("to localhost on the allowed port", "http://localhost:{P}/storage/steal-by-name"),
                Arguments.of("to IPv6 loopback over https", "https://[::1]/steal-redirected-v6"),
                Arguments.of("to decimal loopback over https", "https://2130706433/steal-redirected-decimal"),
                Arguments.of("to cloud metadata", "http://169.254.169.254/latest/meta-data/"),
                Arguments.of("to cloud metadata over https", "https://169.254.169.254/latest/meta-data/"),
                Arguments.of("to a private address", "http://10.0.0.1/steal-redirected"),
                Arguments.of("to a private address over https", "https://10.0.0.1/steal-redirected-tls"),
                Arguments.of("to user info hiding the trap", "https://x@127.0.0.1:{T}/steal-redirected-userinfo"),
                Arguments.of("to a file", "file:///etc/passwd"));
    }

    @Order(2)
    @ParameterizedTest(name = "redirect {0}")
    @MethodSource("redirects")
    void neverFollowsARedirectToAnInternalAddressOrAnotherScheme(String name, String target) throws Exception {
        service.platform.redirectAwayTo(url(target));
        service.platform.downloads.clear();

        JsonNode payload = sendAttachment(name, url("http://127.0.0.1:{P}/media/away/"));

        assertThat(payload.get("media_failure_reason").asText()).isEqualTo("host_not_allowed");
        assertThat(service.platform.downloads).extracting(HostilePlatform.Download::path)
                .containsExactly("/media/away/");
        assertThat(service.trap.seen()).isEmpty();
    }

    @Order(3)
    @Test
    void followsARedirectToAnAllowedHostWithoutTheToken() throws Exception {
        service.platform.downloads.clear();

        JsonNode payload = sendAttachment("redirect home", url("http://127.0.0.1:{P}/media/home/photo"));

        assertThat(payload.path("media_processing_failed").asBoolean(false)).isFalse();
        assertThat(Files.readAllBytes(Path.of(URI.create(payload.at("/media/url").asText()))))
                .isEqualTo(HostilePlatform.PNG);
        assertThat(service.platform.downloads).containsExactly(
                new HostilePlatform.Download("/media/home/photo", "Bearer " + HostilePlatform.MEDIA_TOKEN),
                new HostilePlatform.Download("/storage/photo", null));
        assertThat(service.trap.seen()).isEmpty();
    }

    @Order(4)
    @Test
    void fetchesFromTheAllowedHostWithTheTokenSoTheRefusalsAboveMeanSomething() throws Exception {
        service.platform.downloads.clear();

        JsonNode payload = sendAttachment("allowed", url("http://127.0.0.1:{P}/media/ok/photo"));

        assertThat(payload.path("media_processing_failed").asBoolean(false)).isFalse();
        assertThat(payload.at("/media/mime_type").asText()).isEqualTo("image/png");
        assertThat(service.platform.downloads).containsExactly(
                new HostilePlatform.Download("/media/ok/photo", "Bearer " + HostilePlatform.MEDIA_TOKEN));
        assertThat(service.trap.seen()).isEmpty();
    }

    @Order(5)
    @Test
    void logsHoldNoSecretTokenOrAttachmentUrl() {
        List<String> forbidden = new ArrayList<>(Secrets.all());
        forbidden.addAll(URLS_SENT);
        forbidden.addAll(List.of("steal-", "/media/ok/", "/media/away/", "/media/home/", "/storage/", "X-Amz-Signature",
                "169.254.169.254",
                "/etc/passwd", service.trap.url()));

        logs.assertNoneContains(forbidden.stream().filter(s -> s.length() >= 8).toList());
        assertThat(forbidden.stream().filter(s -> s.length() < 8)).containsOnly("steal-");
    }

    private static JsonNode sendAttachment(String name, String url) throws Exception {
        URLS_SENT.add(url);
        String id = "ssrf-" + Math.abs(name.hashCode());
        String body = Webhooks.attachment(HostilePlatform.A, id, url.replace("\\", "\\\\"));
        RawClient.Answer answer = service.send(RawRequest.json(Webhooks.utf8(body), Webhooks.sign(body,
                HostilePlatform.A)));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        lastElapsed = answer.elapsed();
        List<GetResponse> published = service.takePublished();
        assertThat(published).hasSize(1);
        JsonNode payload = JSON.readTree(published.get(0).getBody()).get("payload");
        assertThat(payload.path("text").asText()).isEqualTo("Hello from the hostile suite");
        return payload;
    }

    private static String url(String template) {
        return template.replace("{P}", Integer.toString(service.platform.port()))
                .replace("{T}", Integer.toString(service.trap.port()));
    }
}
