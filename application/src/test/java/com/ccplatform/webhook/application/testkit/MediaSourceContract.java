package com.ccplatform.webhook.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.AccessToken;
import com.ccplatform.webhook.application.port.out.MediaDownload;
import com.ccplatform.webhook.application.port.out.MediaSource;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link MediaSource} must do; run against the in-memory twin and each real adapter. */
public abstract class MediaSourceContract {

    protected abstract MediaSource source();

    /** Serves these bytes at a new URL the source may fetch, and returns that URL. */
    protected abstract String serve(byte[] bytes, String contentType, boolean announceLength);

    /** A URL the source may fetch, where there is no file. */
    protected abstract String missingUrl();

    /** The {@code Authorization} header values the server has seen, in order. */
    protected abstract List<String> authorizationsSeen();

    private static final AccessToken TOKEN = new AccessToken("Bearer eyJhbGc.contract");

    private static Deadline soon() {
        return Deadline.in(Duration.ofSeconds(4));
    }

    @Test
    void streamsTheBytesServed() throws Exception {
        byte[] pdf = "%PDF-1.7 an invoice".getBytes(StandardCharsets.UTF_8);
        String url = serve(pdf, "application/pdf", true);

        try (MediaDownload download = source().open(url, TOKEN, soon())) {
            assertThat(download.body().readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void passesTheContentTypeAndLengthThrough() throws Exception {
        String url = serve(new byte[2444], "image/png", true);

        try (MediaDownload download = source().open(url, TOKEN, soon())) {
            assertThat(download.declaredContentType()).contains("image/png");
            assertThat(download.declaredLength()).hasValue(2444);
        }
    }

    @Test
    void reportsNoLengthWhenTheServerAnnouncesNone() throws Exception {
        byte[] bytes = new byte[5000];
        String url = serve(bytes, "image/jpeg", false);

        try (MediaDownload download = source().open(url, TOKEN, soon())) {
            assertThat(download.declaredLength()).isEmpty();
            assertThat(download.body().readAllBytes()).hasSize(5000);
        }
    }

    @Test
    void failsAMissingFileAsDownloadFailed() {
        assertThatThrownBy(() -> source().open(missingUrl(), TOKEN, soon()))
                .isInstanceOfSatisfying(MediaTransferException.class,
                        e -> assertThat(e.failure()).isEqualTo(MediaFailure.DOWNLOAD_FAILED));
    }

    @Test
    void sendsTheTokenAsOneBearerHeaderWhetherOrNotItCameWithItsPrefix() throws Exception {
        String url = serve(new byte[10], "image/png", true);

        source().open(url, new AccessToken("Bearer with-prefix"), soon()).close();
        source().open(url, new AccessToken("without-prefix"), soon()).close();

        assertThat(authorizationsSeen()).containsSubsequence("Bearer with-prefix", "Bearer without-prefix");
    }
}
