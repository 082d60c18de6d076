package com.ccplatform.webhook.adapter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard's rules, on text and fixed DNS answers only: no network. */
class MediaHostPolicyTest {

    private static final MediaHostPolicy GENESYS = MediaHostPolicy.genesysCloud();

    private static HostResolver resolvesTo(String address) {
        return host -> new InetAddress[] {InetAddress.getByName(address)};
    }

    private static final HostResolver PUBLIC = resolvesTo("52.16.0.10");

    private static MediaFailure refusal(MediaHostPolicy policy, String url, HostResolver resolver) {
        try {
            policy.admit(url, resolver);
            return null;
        } catch (MediaTransferException e) {
            return e.failure();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://api-downloads.mypurecloud.ie/api/v2/downloads/abc123def456",
        "https://api.mypurecloud.com/api/v2/downloads/x",
        "https://api.mypurecloud.com.au/api/v2/downloads/x",
        "https://api-downloads.mypurecloud.de/x?sig=1",
        "https://api.mypurecloud.jp:443/x",
        "https://api.usw2.pure.cloud/api/v2/downloads/x",
        "https://API.MyPureCloud.IE/x",
        "https://api.mypurecloud.ie./x"
    })
    void admitsGenesysCloudDownloadHosts(String url) {
        assertThat(refusal(GENESYS, url, PUBLIC)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://api.mypurecloud.com/x",
        "https://mypurecloud.com/x",
        "https://evilmypurecloud.com/x",
        "https://api.mypurecloud.com.evil.example/x",
        "https://api.mypurecloud.com:8443/x",
        "https://user:password@api.mypurecloud.com/x",
        "https://api.mypurecloud.com@evil.example/x",
        "https://evil.example/x",
        "file:///etc/passwd",
        "ftp://api.mypurecloud.com/x",
        "jar:https://api.mypurecloud.com/x.jar!/a",
        "gopher://api.mypurecloud.com/x",
        "/api/v2/downloads/relative",
        "https://exa mple.com/not a url",
        "https://169.254.169.254/latest/meta-data/"
    })
    void refusesEverythingElseAsHostNotAllowed(String url) {
        assertThat(refusal(GENESYS, url, PUBLIC)).isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "0.0.0.0",
        "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
        "::ffff:127.0.0.1", "::10.0.0.1", "64:ff9b::a9fe:a9fe"
    })
    void refusesAWildcardHostThatResolvesToAnInternalAddress(String address) {
        assertThat(refusal(GENESYS, "https://api.mypurecloud.ie/x", resolvesTo(address)))
                .isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsInternal() throws UnknownHostException {
        InetAddress[] mixed = {InetAddress.getByName("52.16.0.10"), InetAddress.getByName("10.0.0.5")};

        assertThat(refusal(GENESYS, "https://api.mypurecloud.ie/x", host -> mixed))
                .isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
    }

    @Test
    void admitsAnInternalAddressListedExplicitlyWithItsPort() {
        MediaHostPolicy local = MediaHostPolicy.parse("http://127.0.0.1:8089");

        assertThat(refusal(local, "http://127.0.0.1:8089/media/1", resolvesTo("127.0.0.1"))).isNull();
        assertThat(refusal(local, "http://127.0.0.1:8090/media/1", resolvesTo("127.0.0.1")))
                .isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
        assertThat(refusal(local, "http://127.0.0.1/media/1", resolvesTo("127.0.0.1")))
                .isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
    }

    @Test
    void allowsPlainHttpOnlyForEntriesWrittenWithIt() {
        MediaHostPolicy mixed = MediaHostPolicy.parse("media.example.com, http://local.example.com:8080");

        assertThat(refusal(mixed, "http://media.example.com/x", PUBLIC)).isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
        assertThat(refusal(mixed, "https://media.example.com/x", PUBLIC)).isNull();
        assertThat(refusal(mixed, "http://local.example.com:8080/x", PUBLIC)).isNull();
    }

    @Test
    void failsADownloadWhoseHostDoesNotResolve() {
        HostResolver nothing = host -> {
            throw new UnknownHostException(host);
        };

        assertThat(refusal(GENESYS, "https://nowhere.mypurecloud.ie/x", nothing)).isEqualTo(MediaFailure.DOWNLOAD_FAILED);
    }

    @Test
    void refusesMalformedEntriesAtStart() {
        assertThatThrownBy(() -> MediaHostPolicy.parse("ftp://files.example.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MediaHostPolicy.parse("*.exa*mple.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MediaHostPolicy.parse("host.example.com/path"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MediaHostPolicy.parse(" , ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void showsTheEntriesAsUnderstood() {
        assertThat(MediaHostPolicy.parse("*.pure.cloud, http://127.0.0.1:8089").entries())
                .containsExactly("https://*.pure.cloud", "http://127.0.0.1:8089");
    }
}
