package com.ccplatform.webhook.adapter.minio;

import java.io.IOException;

/**
 * Runs {@link S3TestServer} in a JVM of its own, so a benchmark's heap figures hold the client only. Prints one line,
 * {@code S3 <endpoint> <accessKey> <secretKey> <kind>}, and exits when its standard input closes.
 */
public final class S3ServerMain {

    private S3ServerMain() {
    }

    public static void main(String[] args) throws IOException {
        S3TestServer server = S3TestServer.shared();
        System.out.println("S3 " + server.endpoint() + " " + server.accessKey() + " " + server.secretKey() + " "
                + server.kind());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to go away
        }
        System.exit(0);
    }
}
