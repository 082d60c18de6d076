package com.ccplatform.webhook.systemtest.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback port that must never be contacted: it accepts any TCP connection (HTTP, TLS or anything else), records
 * the first bytes it receives, and closes. A download that reached it, token or not, shows up in {@link #seen()}.
 */
final class Trap implements AutoCloseable {

    private final ServerSocket socket;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    Trap() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptAll, "hostile-trap");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** What each connection sent first (an empty string when it sent nothing before closing). */
    List<String> seen() {
        return List.copyOf(seen);
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                seen.add(firstBytes(connection));
            } catch (IOException e) {
                // closed while accepting: the trap is being taken down
            }
        }
    }

    private static String firstBytes(Socket connection) throws IOException {
        connection.setSoTimeout(500);
        byte[] buffer = new byte[8192];
        InputStream in = connection.getInputStream();
        try {
            int n = in.read(buffer);
            return n <= 0 ? "" : new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
        } catch (SocketTimeoutException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
