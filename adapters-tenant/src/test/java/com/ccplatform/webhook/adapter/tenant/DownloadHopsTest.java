package com.ccplatform.webhook.adapter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import java.net.InetAddress;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The way one download takes through redirects, on text only: every name resolves to a public address. */
class DownloadHopsTest {

    private static final URI GENESYS = URI.create("https://api-downloads.mypurecloud.ie/api/v2/downloads/abc123");
    private static final RedirectPolicy ANY_PUBLIC_HOST = new RedirectPolicy(MediaHostPolicy.genesysCloud(),
            Optional.empty(), host -> new InetAddress[] {InetAddress.getByName("52.216.0.10")});

    private final DownloadHops hops = new DownloadHops(ANY_PUBLIC_HOST, GENESYS);

    private URI follow(String location) throws MediaTransferException {
        return hops.follow(Optional.ofNullable(location));
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void followsTheRedirectStatuses(int status) {
        assertThat(DownloadHops.isRedirect(status)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 300, 304, 305, 306, 400, 404})
    void followsNoOtherStatus(int status) {
        assertThat(DownloadHops.isRedirect(status)).isFalse();
    }

    @Test
    void resolvesARelativeLocationAgainstTheUrlThatSentIt() throws Exception {
        assertThat(follow("/signed/abc123?sig=a%2Fb")).hasToString(
                "https://api-downloads.mypurecloud.ie/signed/abc123?sig=a%2Fb");
        assertThat(follow("../blob/1")).hasToString("https://api-downloads.mypurecloud.ie/blob/1");
        assertThat(follow("//media.example.com/x")).hasToString("https://media.example.com/x");
    }

    @Test
    void keepsTheSignaturesEscapesAndDropsTheFragment() throws Exception {
        assertThat(follow("https://bucket.s3.amazonaws.com/o%20k?X-Amz-Signature=ab%2Bcd%3D#part"))
                .hasToString("https://bucket.s3.amazonaws.com/o%20k?X-Amz-Signature=ab%2Bcd%3D");
    }

    @Test
    void followsThreeRedirectsAndFailsTheFourth() throws Exception {
        follow("https://cdn.example.com/1");
        follow("https://cdn.example.com/2");
        follow("https://cdn.example.com/3");

        assertThatThrownBy(() -> follow("https://cdn.example.com/4"))
                .isInstanceOfSatisfying(MediaTransferException.class,
                        e -> assertThat(e.failure()).isEqualTo(MediaFailure.DOWNLOAD_FAILED))
                .hasMessageContaining("more than 3 redirects");
        assertThat(hops.redirects()).isEqualTo(3);
    }

    @Test
    void failsARedirectBackToAUrlAlreadyFetched() throws Exception {
        follow("https://cdn.example.com/1");

        assertThatThrownBy(() -> follow(GENESYS.toString())).hasMessageContaining("redirect loop");
        assertThatThrownBy(() -> follow("/1")).hasMessageContaining("redirect loop");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void failsARedirectWithoutALocation(String location) {
        assertThatThrownBy(() -> follow(location)).isInstanceOfSatisfying(MediaTransferException.class,
                e -> assertThat(e.failure()).isEqualTo(MediaFailure.DOWNLOAD_FAILED))
                .hasMessageContaining("without a Location");
        assertThatThrownBy(() -> follow(null)).hasMessageContaining("without a Location");
    }

    @Test
    void refusesALocationThatIsNoUrl() {
        assertThatThrownBy(() -> follow("https://exa mple.com/a b")).isInstanceOfSatisfying(
                MediaTransferException.class, e -> assertThat(e.failure()).isEqualTo(MediaFailure.HOST_NOT_ALLOWED));
    }
}
