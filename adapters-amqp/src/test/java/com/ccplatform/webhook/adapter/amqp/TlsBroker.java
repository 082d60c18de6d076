package com.ccplatform.webhook.adapter.amqp;

import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

/**
 * A broker that speaks AMQP over TLS with {@link TestCertificates}' broker certificate: a RabbitMQ node of its own
 * with a TLS listener where rabbitmq-server is installed, else the JDK's TLS server in front of the {@link TestBroker};
 * it prints which. Its plain side is for looking into the queues.
 */
final class TlsBroker implements AutoCloseable {

    private final String kind;
    private final int tlsPort;
    private final String plainHost;
    private final int plainPort;
    private final AutoCloseable running;

    private TlsBroker(String kind, int tlsPort, String plainHost, int plainPort, AutoCloseable running) {
        this.kind = kind;
        this.tlsPort = tlsPort;
        this.plainHost = plainHost;
        this.plainPort = plainPort;
        this.running = running;
        System.out.println("[tls tests] using " + kind + ", TLS on 127.0.0.1:" + tlsPort);
    }

    static TlsBroker start(TestCertificates certificates) throws IOException, InterruptedException {
        if (!RabbitNode.installed()) {
            TestBroker plain = TestBroker.get();
            TlsRelay relay = TlsRelay.start(certificates, plain.host(), plain.port());
            return new TlsBroker("the JDK's TLS server in front of the test broker (no rabbitmq-server here)",
                    relay.port(), plain.host(), plain.port(), relay);
        }
        Path files = certificates.caPem().getParent();
        NodeFiles.giveToRabbitmqUser(files); // the node, run as the rabbitmq user, reads its key and certificates
        int tlsPort = RabbitNode.freePort();
        RabbitNode node = RabbitNode.prepare("gws-tls", "listeners.ssl.local = 127.0.0.1:" + tlsPort + "\n"
                + "ssl_options.cacertfile = " + certificates.caPem() + "\n"
                + "ssl_options.certfile = " + certificates.serverCertificate() + "\n"
                + "ssl_options.keyfile = " + certificates.serverKey() + "\n"
                + "ssl_options.verify = verify_none\n"
                + "ssl_options.fail_if_no_peer_cert = false\n");
        try {
            node.start().awaitStartup();
        } catch (IOException | InterruptedException e) {
            node.close();
            throw e;
        }
        return new TlsBroker("RabbitMQ node " + node + " with a TLS listener", tlsPort, "127.0.0.1", node.port(), node);
    }

    int tlsPort() {
        return tlsPort;
    }

    String kind() {
        return kind;
    }

    /** A plain client connection to the same broker. */
    Connection plainConnection() throws IOException, TimeoutException {
        return TestBroker.connect(plainHost, plainPort);
    }

    @Override
    public void close() throws Exception {
        running.close();
    }
}
