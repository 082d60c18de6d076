package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.AccessToken;
import com.ccplatform.webhook.application.port.out.MediaDownload;
import com.ccplatform.webhook.application.port.out.MediaSource;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams an attachment from Genesys with the tenant's token: only from allowed hosts ({@link MediaHostPolicy}),
 * following at most {@value DownloadHops#MAX_REDIRECTS} redirects to a signed storage URL (each checked again by the
 * {@link RedirectPolicy}, none sent the token), and never past the request's deadline or
 * {@code MEDIA_DOWNLOAD_TIMEOUT}, every hop and the body included.
 */
public final class GenesysMediaSource implements MediaSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GenesysMediaSource.class);

    private final HttpClient client;
    private final GenesysMediaSettings settings;
    private final HostResolver resolver;
    private final RedirectPolicy redirects;
    private final ScheduledExecutorService deadlines;

    /** @param client the shared client; it must not follow redirects itself, or the token would go along */
    public GenesysMediaSource(HttpClient client, GenesysMediaSettings settings) {
        this(client, settings, HostResolver.system());
    }

    GenesysMediaSource(HttpClient client, GenesysMediaSettings settings, HostResolver resolver) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the media client must not follow redirects: the token would go along");
        }
        this.client = client;
        this.settings = settings;
        this.resolver = resolver;
        this.redirects = new RedirectPolicy(settings.allowedHosts(), settings.redirectHosts(), resolver);
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "media-download-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        this.deadlines = timer;
    }

    @Override
    public MediaDownload open(String url, AccessToken token, Deadline deadline) throws MediaTransferException {
        URI first = settings.allowedHosts().admit(url, resolver);
        Deadline until = deadline.capped(settings.timeout());
        DownloadHops hops = new DownloadHops(redirects, first);
        // the token goes to the admitted Genesys URL alone: a signed storage URL refuses a request that carries one
        HttpResponse<InputStream> response = headersOf(
                request(first, until).header("Authorization", token.authorizationHeader()).build(), until);
        while (DownloadHops.isRedirect(response.statusCode())) {
            closeQuietly(response.body());
            URI next = follow(hops, response);
            response = headersOf(request(next, until).build(), until);
        }
        return accept(response, until, hops);
    }

    private static HttpRequest.Builder request(URI uri, Deadline until) throws MediaTransferException {
        Duration remaining = until.remaining();
        if (remaining.isZero()) {
            throw new MediaTransferException(MediaFailure.DOWNLOAD_TIMEOUT, "no time left for the download");
        }
        return HttpRequest.newBuilder(uri).timeout(remaining).GET();
    }

    /** The next hop; a refused one is logged by reason (never the URL or host, which may hold a token). */
    private static URI follow(DownloadHops hops, HttpResponse<?> response) throws MediaTransferException {
        try {
            return hops.follow(response.headers().firstValue("Location"));
        } catch (MediaTransferException e) {
            LOG.atWarn().setMessage("media_redirect_refused").addKeyValue("failure", e.failure().wireName())
                    .addKeyValue("reason", e.getMessage()).addKeyValue("redirects_followed", hops.redirects()).log();
            throw e;
        }
    }

    private HttpResponse<InputStream> headersOf(HttpRequest request, Deadline until) throws MediaTransferException {
        CompletableFuture<HttpResponse<InputStream>> response =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            return response.get(until.remaining().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(response);
            throw new MediaTransferException(MediaFailure.DOWNLOAD_TIMEOUT, "no response before the deadline");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                throw new MediaTransferException(MediaFailure.DOWNLOAD_TIMEOUT, "no response before the deadline");
            }
            throw new MediaTransferException(MediaFailure.DOWNLOAD_FAILED,
                    "download failed: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            abandon(response);
            Thread.currentThread().interrupt();
            throw new MediaTransferException(MediaFailure.DOWNLOAD_FAILED, "interrupted", e);
        }
    }

    /** Cancels the exchange, and closes the body should the response have arrived meanwhile. */
    private static void abandon(CompletableFuture<HttpResponse<InputStream>> response) {
        response.cancel(true);
        response.thenAccept(r -> closeQuietly(r.body()));
    }

    private MediaDownload accept(HttpResponse<InputStream> response, Deadline until, DownloadHops hops)
            throws MediaTransferException {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new MediaDownload(new DeadlineBoundStream(response.body(), until, deadlines),
                    response.headers().firstValue("Content-Type").orElse(null), contentLength(response));
        }
        closeQuietly(response.body());
        throw new MediaTransferException(MediaFailure.DOWNLOAD_FAILED, (hops.redirects() == 0 ? "Genesys"
                : "redirect target " + hops.redirects()) + " answered HTTP " + status);
    }

    private static long contentLength(HttpResponse<?> response) {
        try {
            return response.headers().firstValueAsLong("Content-Length").orElse(-1L);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }

    /** Stops the deadline timer thread. */
    @Override
    public void close() {
        deadlines.shutdownNow();
    }
}
