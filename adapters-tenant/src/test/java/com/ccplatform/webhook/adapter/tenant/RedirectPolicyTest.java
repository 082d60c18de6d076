package com.ccplatform.webhook.adapter.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a redirect may send a download, on text and fixed DNS answers only: no network. */
class RedirectPolicyTest {

    private static final MediaHostPolicy GENESYS = MediaHostPolicy.genesysCloud();

    private static final Map<String, String> NAMES = Map.of("localhost", "127.0.0.1",
            "metadata.google.internal", "169.254.169.254", "storage.corp.example", "10.0.0.7",
            "rebind.example", "::ffff:192.168.1.1");

    /** An address is itself; the names above resolve as listed; any other name to a public address. */
    private static final HostResolver DNS = host -> new InetAddress[] {InetAddress.getByName(
            host.matches("[0-9.]+|.*:.*") ? host : NAMES.getOrDefault(host, "52.216.0.10"))};

    private static MediaFailure refusal(RedirectPolicy policy, String target) {
        try {
            policy.admit(URI.create(target));
            return null;
        } catch (MediaTransferException e) {
            return e.failure();
        }
    }

    private static RedirectPolicy anyPublicHost() {
        return new RedirectPolicy(GENESYS, Optional.empty(), DNS);
    }

    private static RedirectPolicy narrowedTo(String redirectHosts) {
        return new RedirectPolicy(GENESYS, Optional.of(MediaHostPolicy.parse(redirectHosts)), DNS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://prod-media.s3.eu-west-1.amazonaws.com/o/abc?X-Amz-Signature=ab%2Fcd&X-Amz-Expires=60",
        "https://d1234.cloudfront.net/abc?Signature=x",
        "https://storage.example.com:443/abc",
        "https://API-DOWNLOADS.mypurecloud.ie/api/v2/downloads/abc",
        "https://52.216.0.10/abc"
    })
    void admitsAnyPublicHttpsHostOnPort443WhenNoRedirectListIsSet(String target) {
        assertThat(refusal(anyPublicHost(), target)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://storage.example.com/abc",
        "https://storage.example.com:8443/abc",
        "https://user:secret@storage.example.com/abc",
        "ftp://storage.example.com/abc",
        "file:///etc/passwd",
        "gopher://storage.example.com/_x",
        "mailto:someone@example.com",
        "https://localhost/abc",
        "https://metadata.google.internal/computeMetadata/v1/",
        "https://storage.corp.example/abc",
        "https://rebind.example/abc",
        "https://127.0.0.1/abc",
        "https://169.254.169.254/latest/meta-data/",
        "https://10.0.0.1/abc",
        "https://[::1]/abc",
        "https://[fd00::1]/abc",
        "https://[fe80::1]/abc",
        "https://0.0.0.0/abc",
        "https://2130706433/abc"
    })
    void refusesEveryOtherTargetAsHostNotAllowed(String target) {
        assertThat(refusal(anyPublicHost(), target)).isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
    }

    @Test
    void narrowsTheTargetsToTheRedirectListWhenItIsSet() {
        RedirectPolicy narrowed = narrowedTo("*.s3.amazonaws.com");

        assertThat(refusal(narrowed, "https://prod-media.s3.amazonaws.com/o/abc")).isNull();
        assertThat(refusal(narrowed, "https://d1234.cloudfront.net/abc")).isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
        assertThat(refusal(narrowed, "https://s3.amazonaws.com/abc")).isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
        assertThat(refusal(narrowed, "http://prod-media.s3.amazonaws.com/abc"))
                .isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
    }

    @Test
    void alwaysAdmitsTheDownloadHostsThemselves() {
        assertThat(refusal(narrowedTo("*.s3.amazonaws.com"), "https://api.usw2.pure.cloud/api/v2/downloads/x")).isNull();
    }

    @Test
    void refusesAWildcardRedirectEntryWhoseNameResolvesToAnInternalAddress() {
        RedirectPolicy narrowed = narrowedTo("*.corp.example, *.google.internal");

        assertThat(refusal(narrowed, "https://storage.corp.example/abc")).isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
        assertThat(refusal(narrowed, "https://metadata.google.internal/x")).isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
    }

    @Test
    void admitsAnInternalAddressListedByExactNameAndPortOnly() {
        RedirectPolicy narrowed = narrowedTo("http://127.0.0.1:9000");

        assertThat(refusal(narrowed, "http://127.0.0.1:9000/bucket/abc")).isNull();
        assertThat(refusal(narrowed, "http://127.0.0.1:9001/bucket/abc")).isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
        assertThat(refusal(narrowed, "http://localhost:9000/bucket/abc")).isEqualTo(MediaFailure.HOST_NOT_ALLOWED);
    }

    @Test
    void failsATargetWhoseNameDoesNotResolve() {
        HostResolver nothing = host -> {
            throw new UnknownHostException(host);
        };
        RedirectPolicy policy = new RedirectPolicy(GENESYS, Optional.empty(), nothing);

        assertThat(refusal(policy, "https://nowhere.example/abc")).isEqualTo(MediaFailure.DOWNLOAD_FAILED);
    }
}
