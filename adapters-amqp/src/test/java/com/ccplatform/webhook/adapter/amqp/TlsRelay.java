package com.ccplatform.webhook.adapter.amqp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * A TLS listener on loopback that hands every connection's bytes, decrypted, to a plain AMQP broker: the JDK's own TLS
 * server with the test's certificate, for where no RabbitMQ can be started with a TLS listener of its own.
 */
final class TlsRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final String brokerHost;
    private final int brokerPort;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "tls-relay");
        thread.setDaemon(true);
        return thread;
    });

    private TlsRelay(ServerSocket listener, String brokerHost, int brokerPort) {
        this.listener = listener;
        this.brokerHost = brokerHost;
        this.brokerPort = brokerPort;
    }

    /** Listens on a free loopback port with the certificate in {@code keyStore}, relaying to the broker. */
    static TlsRelay start(TestCertificates certificates, String brokerHost, int brokerPort) throws IOException {
        try {
            KeyStore keys = KeyStore.getInstance(certificates.serverKeyStore().toFile(),
                    TestCertificates.PASSWORD.toCharArray());
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, TestCertificates.PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            SSLServerSocket listener = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 16,
                    InetAddress.getLoopbackAddress());
            // TLS 1.2: after a TLS 1.3 handshake the JDK's server sends a session ticket, which amqp-client's NIO mode
            // reads as a malformed frame (RabbitMQ itself sends none, and speaks TLS 1.3 with the service)
            listener.setEnabledProtocols(new String[] {"TLSv1.2"});
            TlsRelay relay = new TlsRelay(listener, brokerHost, brokerPort);
            relay.threads.execute(relay::accept);
            return relay;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up the TLS relay: " + e.getMessage(), e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket broker = new Socket(brokerHost, brokerPort);
                threads.execute(() -> pump(client, broker));
                threads.execute(() -> pump(broker, client));
            } catch (IOException e) {
                // the listener closed, or the broker refused: the client sees its connection end
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // a side went away (a failed handshake included)
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
