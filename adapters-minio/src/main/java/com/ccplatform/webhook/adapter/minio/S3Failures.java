package com.ccplatform.webhook.adapter.minio;

import io.minio.errors.ErrorResponseException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Turns the MinIO client's wrapped failures into the cause that matters and a short, secret-free description. */
final class S3Failures {

    private S3Failures() {
    }

    /** The failure under the future and client wrappers (an S3 error response, a refused connection...). */
    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof ExecutionException || current instanceof CompletionException
                || isBareMinioWrapper(current)) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** The S3 error code, or the kind and message of the I/O failure; never a header or a signature. */
    static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ErrorResponseException) {
            ErrorResponseException s3 = (ErrorResponseException) cause;
            return "S3 error " + s3.errorResponse().code() + " (HTTP " + s3.response().code() + ")";
        }
        if (cause instanceof TimeoutException) {
            return "no answer in time";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** A plain {@code MinioException} only carries another exception; its subclasses carry information. */
    private static boolean isBareMinioWrapper(Throwable t) {
        return t != null && t.getClass() == io.minio.errors.MinioException.class;
    }
}
