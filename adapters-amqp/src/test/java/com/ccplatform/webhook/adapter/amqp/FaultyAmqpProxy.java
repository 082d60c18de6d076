package com.ccplatform.webhook.adapter.amqp;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback relay in front of the broker that fails without closing anything, as a broker or a network does:
 * {@link #stall()} stops moving bytes both ways on the connections open now (a silent TCP connection; later ones pass),
 * {@link #block(String)} stops reading from the client and tells it `connection.blocked`, as RabbitMQ does under a
 * memory or disk alarm. Frames from the broker are relayed whole, so one can be slipped in between two of them.
 */
public final class FaultyAmqpProxy implements AutoCloseable {

    private static final int FRAME_METHOD = 1;
    private static final int FRAME_END = 0xCE;
    private static final int CONNECTION_CLASS = 10;
    private static final int BLOCKED = 60;
    private static final int UNBLOCKED = 61;
    /** The relay's receive buffer: small, so a stalled client fills its own socket soon, as over a real network. */
    private static final int RECEIVE_BUFFER = 64 * 1024;

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "amqp-fault-proxy");
        thread.setDaemon(true);
        return thread;
    });

    private FaultyAmqpProxy(InetSocketAddress target, ServerSocket listener) {
        this.target = target;
        this.listener = listener;
    }

    /** A proxy on a free loopback port relaying to {@code host:port}. */
    public static FaultyAmqpProxy start(String host, int port) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReceiveBufferSize(RECEIVE_BUFFER);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        FaultyAmqpProxy proxy = new FaultyAmqpProxy(new InetSocketAddress(host, port), listener);
        proxy.threads.execute(proxy::accept);
        return proxy;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The connections open now stop moving bytes either way; their sockets stay open. */
    public void stall() {
        links.forEach(link -> link.gates(false, false));
    }

    /** Every connection moves bytes both ways again. */
    public void resume() {
        links.forEach(link -> link.gates(true, true));
    }

    /** Stops reading from the clients open now, then sends each `connection.blocked` with {@code reason}. */
    public void block(String reason) throws IOException {
        byte[] text = reason.getBytes(StandardCharsets.UTF_8);
        byte[] arguments = ByteBuffer.allocate(1 + text.length).put((byte) text.length).put(text).array();
        for (Link link : links) {
            link.gates(false, true);
            link.sendToClient(connectionMethod(BLOCKED, arguments));
        }
    }

    /** Sends each client `connection.unblocked`, then reads from it again. */
    public void unblock() throws IOException {
        for (Link link : links) {
            link.sendToClient(connectionMethod(UNBLOCKED, new byte[0]));
            link.gates(true, true);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        links.forEach(Link::close);
        threads.shutdownNow();
    }

    private static byte[] connectionMethod(int method, byte[] arguments) {
        return ByteBuffer.allocate(7 + 4 + arguments.length + 1).put((byte) FRAME_METHOD).putShort((short) 0)
                .putInt(4 + arguments.length).putShort((short) CONNECTION_CLASS).putShort((short) method)
                .put(arguments).put((byte) FRAME_END).array();
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // the listener was closed
            }
            try {
                Link link = new Link(client, new Socket(target.getAddress(), target.getPort()));
                links.add(link);
                threads.execute(link::clientToBroker);
                threads.execute(link::brokerToClient);
            } catch (IOException e) {
                closeQuietly(client); // the broker refused: so does the proxy
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    /** One client connection and its own connection to the broker. */
    private final class Link {
        private final Socket client;
        private final Socket broker;
        private final Object clientWrites = new Object();
        private boolean toBroker = true; // guarded by this
        private boolean toClient = true; // guarded by this

        Link(Socket client, Socket broker) {
            this.client = client;
            this.broker = broker;
        }

        synchronized void gates(boolean brokerBound, boolean clientBound) {
            toBroker = brokerBound;
            toClient = clientBound;
            notifyAll();
        }

        void clientToBroker() {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = client.getInputStream(); OutputStream out = broker.getOutputStream()) {
                for (awaitOpen(true); ; awaitOpen(true)) {
                    int n = in.read(buffer);
                    if (n < 0) {
                        return;
                    }
                    awaitOpen(true);
                    out.write(buffer, 0, n);
                }
            } catch (IOException | InterruptedException e) {
                // a side went away, or the proxy closed
            } finally {
                close();
            }
        }

        // The broker speaks in frames only (the protocol header goes the other way): relay them whole.
        void brokerToClient() {
            try (DataInputStream in = new DataInputStream(broker.getInputStream())) {
                for (awaitOpen(false); ; awaitOpen(false)) {
                    byte[] header = new byte[7];
                    in.readFully(header);
                    int size = ByteBuffer.wrap(header, 3, 4).getInt();
                    byte[] frame = new byte[7 + size + 1];
                    System.arraycopy(header, 0, frame, 0, 7);
                    in.readFully(frame, 7, size + 1);
                    awaitOpen(false);
                    sendToClient(frame);
                }
            } catch (IOException | InterruptedException e) {
                // a side went away, or the proxy closed
            } finally {
                close();
            }
        }

        void sendToClient(byte[] frame) throws IOException {
            synchronized (clientWrites) {
                client.getOutputStream().write(frame);
            }
        }

        private synchronized void awaitOpen(boolean brokerBound) throws InterruptedException {
            while (brokerBound ? !toBroker : !toClient) {
                wait();
            }
        }

        void close() {
            links.remove(this);
            closeQuietly(client);
            closeQuietly(broker);
        }
    }
}
