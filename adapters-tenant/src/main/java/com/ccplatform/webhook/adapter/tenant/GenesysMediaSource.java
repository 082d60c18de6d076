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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Streams an attachment from Genesys with the tenant's token: only from allowed hosts ({@link MediaHostPolicy}),
 * never through a redirect, and never past the request's deadline or {@code MEDIA_DOWNLOAD_TIMEOUT}, body included.
 */
public final class GenesysMediaSource implements MediaSource, AutoCloseable {

    private final HttpClient client;
    private final GenesysMediaSettings settings;
    private final HostResolver resolver;
    private final ScheduledExecutorService deadlines;

    /** @param client the shared client; it must not follow redirects (see {@link SharedHttpClient}) */
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
        URI uri = settings.allowedHosts().admit(url, resolver);
        Deadline until = deadline.capped(settings.timeout());
        if (until.isExpired()) {
            throw new MediaTransferException(MediaFailure.DOWNLOAD_TIMEOUT, "no time left for the download");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(until.remaining())
                .header("Authorization", token.authorizationHeader())
                .GET()
                .build();
        return accept(uri, headersOf(request, until), until);
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

    private MediaDownload accept(URI uri, HttpResponse<InputStream> response, Deadline until)
            throws MediaTransferException {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new MediaDownload(new DeadlineBoundStream(response.body(), until, deadlines),
                    response.headers().firstValue("Content-Type").orElse(null), contentLength(response));
        }
        closeQuietly(response.body());
        if (status >= 300 && status < 400) {
            throw redirectRefused(uri, response);
        }
        throw new MediaTransferException(MediaFailure.DOWNLOAD_FAILED, "Genesys answered HTTP " + status);
    }

    private MediaTransferException redirectRefused(URI uri, HttpResponse<?> response) {
        boolean allowedTarget = response.headers().firstValue("Location").flatMap(location -> {
            try {
                return settings.allowedHosts().match(uri.resolve(location));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }).isPresent();
        return allowedTarget
                ? new MediaTransferException(MediaFailure.DOWNLOAD_FAILED, "redirect not followed")
                : new MediaTransferException(MediaFailure.HOST_NOT_ALLOWED, "redirect to a host not allowed");
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
