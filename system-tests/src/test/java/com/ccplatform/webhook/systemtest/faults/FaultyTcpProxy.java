package com.ccplatform.webhook.systemtest.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay in front of a real server that fails the way networks do: {@link Mode#REFUSE} closes the port
 * (connection refused), {@link Mode#BLACKHOLE} takes connections and their bytes and never answers. Each change of
 * mode cuts the connections open at that moment, as a failing peer would.
 */
final class FaultyTcpProxy implements AutoCloseable {

    /** How the proxy treats connections. */
    enum Mode { FORWARD, BLACKHOLE, REFUSE }

    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fault-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Mode mode = Mode.FORWARD;
    private volatile ServerSocket listener;
    private int port;

    private FaultyTcpProxy(InetSocketAddress target) {
        this.target = target;
    }

    /** A proxy on a free loopback port relaying to {@code host:targetPort}. */
    static FaultyTcpProxy start(String host, int targetPort) throws IOException {
        FaultyTcpProxy proxy = new FaultyTcpProxy(new InetSocketAddress(host, targetPort));
        proxy.listen();
        return proxy;
    }

    synchronized String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    synchronized int port() {
        return port;
    }

    synchronized void mode(Mode next) throws IOException {
        mode = next;
        if (next == Mode.REFUSE) {
            listener.close();
        } else if (listener.isClosed()) {
            listen();
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }

    private void listen() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        port = socket.getLocalPort();
        listener = socket;
        threads.execute(() -> accept(socket));
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return; // the listener was closed
            }
        }
    }

    private void serve(Socket client) {
        if (mode != Mode.FORWARD) {
            pump(client, null); // swallow what comes until the client gives up
            return;
        }
        try {
            Socket upstream = new Socket(target.getAddress(), target.getPort());
            open.add(upstream);
            threads.execute(() -> pump(upstream, client));
            pump(client, upstream);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    /** Copies {@code from} to {@code to} (or nowhere) until either side closes, then closes both. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to == null ? OutputStream.nullOutputStream() : to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // one side went away: the relay ends
        } finally {
            closeQuietly(from);
            if (to != null) {
                closeQuietly(to);
            }
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        mode(Mode.REFUSE);
        threads.shutdownNow();
    }
}
