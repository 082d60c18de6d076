package com.ccplatform.webhook.systemtest.faults;

import com.ccplatform.webhook.adapter.amqp.AmqpSettings;
import com.ccplatform.webhook.adapter.embedded.EmbeddedAmqpBroker;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A broker whose side can cut the service's connection. RabbitMQ at 127.0.0.1:5672 with `rabbitmqctl`, in a vhost of
 * its own so only this test's connection is touched (other builds may share the broker); else, as a fallback that
 * says so, the embedded broker with {@link EmbeddedAmqpBroker#dropConnections()}.
 */
final class DroppableBroker implements AutoCloseable {

    private final String kind;
    private final int port;
    private final String vhost;
    private final EmbeddedAmqpBroker embedded;

    private DroppableBroker(String kind, int port, String vhost, EmbeddedAmqpBroker embedded) {
        this.kind = kind;
        this.port = port;
        this.vhost = vhost;
        this.embedded = embedded;
    }

    static DroppableBroker start(String run) throws IOException {
        if (answers(5672) && RabbitMqCtl.available()) {
            String vhost = "faults-" + run;
            RabbitMqCtl.run("add_vhost", vhost);
            RabbitMqCtl.run("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*");
            return new DroppableBroker("RabbitMQ at 127.0.0.1:5672 (vhost " + vhost + "), connection closed with "
                    + "rabbitmqctl close_connection", 5672, vhost, null);
        }
        EmbeddedAmqpBroker broker = EmbeddedAmqpBroker.start(0);
        return new DroppableBroker("FALLBACK embedded Qpid broker (no RabbitMQ or no rabbitmqctl here), connection "
                + "dropped with EmbeddedAmqpBroker.dropConnections()", broker.port(), "/", broker);
    }

    String kind() {
        return kind;
    }

    int port() {
        return port;
    }

    String vhost() {
        return vhost;
    }

    /** Closes the service's connection from the broker side; returns how many connections were closed. */
    int dropServiceConnection() throws IOException {
        if (embedded != null) {
            return embedded.dropConnections();
        }
        String name = AmqpSettings.defaultConnectionName();
        return RabbitMqCtl.closeConnections(vhost, name, "fault test: connection closed by the broker");
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        } else {
            RabbitMqCtl.run("delete_vhost", vhost);
        }
    }

    private static boolean answers(int brokerPort) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", brokerPort), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
