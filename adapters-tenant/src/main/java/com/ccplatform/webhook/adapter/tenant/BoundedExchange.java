package com.ccplatform.webhook.adapter.tenant;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One small request and its whole response within a timeout. The JDK's request timeout stops at the response
 * headers; waiting on the future bounds the body too, and cancelling it aborts the exchange.
 */
final class BoundedExchange {

    private BoundedExchange() {
    }

    static HttpResponse<byte[]> send(HttpClient client, HttpRequest request, Duration timeout) throws ServiceFault {
        CompletableFuture<HttpResponse<byte[]>> response =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return response.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new ServiceFault(ServiceFault.Kind.TRANSIENT, "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw classify(e.getCause());
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new ServiceFault(ServiceFault.Kind.BAD_ANSWER, "interrupted while waiting", e);
        }
    }

    private static ServiceFault classify(Throwable cause) {
        if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
            return new ServiceFault(ServiceFault.Kind.NOT_SENT, "could not connect", cause);
        }
        if (cause instanceof IOException) {
            return new ServiceFault(ServiceFault.Kind.TRANSIENT, "I/O failure: " + cause.getClass().getSimpleName(),
                    cause);
        }
        return new ServiceFault(ServiceFault.Kind.BAD_ANSWER, "request failed", cause);
    }
}
