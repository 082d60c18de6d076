package com.ccplatform.webhook.adapter.minio;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches a presigned URL the way a downstream service would: a plain GET, no S3 client, no credentials. */
final class PlainHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PlainHttp() {
    }

    static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
