package com.ccplatform.webhook.application.testkit;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.AccessToken;
import com.ccplatform.webhook.application.port.out.MediaDownload;
import com.ccplatform.webhook.application.port.out.MediaSource;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Genesys's download endpoint in memory: files by URL, each with a content type, and the tokens it was shown. */
public final class InMemoryMediaSource implements MediaSource {

    private record File(byte[] bytes, String contentType, boolean announceLength, boolean breakOffAtEnd) {
    }

    private final Map<String, File> files = new ConcurrentHashMap<>();
    private final Map<String, MediaFailure> failures = new ConcurrentHashMap<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    public InMemoryMediaSource serve(String url, byte[] bytes, String contentType) {
        files.put(url, new File(bytes.clone(), contentType, true, false));
        return this;
    }

    /** Serves the bytes, then fails the read after them, as a connection reset mid-body would. */
    public InMemoryMediaSource serveBreakingOff(String url, byte[] bytes, String contentType) {
        files.put(url, new File(bytes.clone(), contentType, false, true));
        return this;
    }

    /** Serves without a Content-Length, as a chunked response would. */
    public InMemoryMediaSource serveChunked(String url, byte[] bytes, String contentType) {
        files.put(url, new File(bytes.clone(), contentType, false, false));
        return this;
    }

    public InMemoryMediaSource failWith(String url, MediaFailure failure) {
        failures.put(url, failure);
        return this;
    }

    /** The `Authorization` header values the downloads were made with. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    @Override
    public MediaDownload open(String url, AccessToken token, Deadline deadline) throws MediaTransferException {
        authorizations.add(token.authorizationHeader());
        MediaFailure failure = failures.get(url);
        if (failure != null) {
            throw new MediaTransferException(failure, "in-memory source fails this url");
        }
        File file = files.get(url);
        if (file == null) {
            throw new MediaTransferException(MediaFailure.DOWNLOAD_FAILED, "404 from in-memory source");
        }
        InputStream body = new ByteArrayInputStream(file.bytes());
        if (file.breakOffAtEnd()) {
            body = new SequenceInputStream(body, new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("connection reset by the in-memory source");
                }
            });
        }
        return new MediaDownload(body, file.contentType(), file.announceLength() ? file.bytes().length : -1);
    }
}
