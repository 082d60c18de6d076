package com.ccplatform.webhook.systemtest.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.adapter.amqp.RabbitNode;
import com.ccplatform.webhook.systemtest.cluster.RabbitCluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a real 3-node RabbitMQ cluster on loopback with quorum queues. Under a steady load of signed webhooks the
 * node the service is connected to stops; every webhook answered 200 is in the queues afterwards (read from a
 * surviving node), no answer took longer than the deadline, and the service reconnected to a surviving node by
 * itself. Then the node comes back and rejoins. Skipped, saying so, only where rabbitmq-server is not installed.
 */
class ClusterNodeLossFaultTest {

    private static final int CLIENTS = 8;
    private static final long ANSWER_BOUND_MILLIS = 5_500;
    private static final Duration AFTER_THE_STOP = Duration.ofSeconds(10);
    private static final Pattern CONNECTED = Pattern.compile("\"rabbitmq\":\"connected to 127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyWebhookAnswered200SurvivesTheStopOfTheNodeTheServiceIsConnectedTo() throws Exception {
        if (!RabbitNode.installed()) {
            System.out.println("[cluster] SKIPPED: rabbitmq-server is not installed here, so no cluster can start");
        }
        Assumptions.assumeTrue(RabbitNode.installed(), "rabbitmq-server is not installed here");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String outbound = "cluster-outbound-" + run;
        String status = "cluster-status-" + run;
        TenantsFile.write(directory);
        long clusterStart = System.nanoTime();
        try (RabbitCluster cluster = RabbitCluster.start(3)) {
            System.out.println("[cluster] nodes " + cluster.nodes() + " clustered in "
                    + millisSince(clusterStart) + " ms");
            Map<String, String> env = InProcessService.environment(directory, Map.of("RABBITMQ_HOST",
                    cluster.hostList(), "RABBITMQ_QUEUE_TYPE", "quorum", "OUTBOUND_QUEUE", outbound,
                    "STATUS_QUEUE", status, "SERVICE_NAME", "cluster-fault-test"));
            Failover failover;
            Map<String, WebhookClient.Answer> answers;
            try (InProcessService service = InProcessService.start(env);
                 WebhookClient client = new WebhookClient(service.port())) {
                RabbitNode victim = cluster.nodeOn(connectedPort(client));
                LoadRun load = LoadRun.start(client, CLIENTS, n -> SignedWebhook.text("cluster-" + run + "-" + n,
                        TenantsFile.INTEGRATION, TenantsFile.SECRET));
                assertThat(load.awaitMore(500, Duration.ofSeconds(60))).as("load started").isTrue();
                failover = stopAndAwaitFailover(client, cluster, victim);
                assertThat(load.awaitNextOk(Duration.ofSeconds(30))).as("200s again after the failover").isTrue();
                Thread.sleep(AFTER_THE_STOP.toMillis());
                answers = load.stop();
                assertThat(client.get("/ready").status()).as("ready after the load").isEqualTo(200);
                assertThat(connectedPort(client)).as("still on the surviving node").isEqualTo(failover.to().port());
            }
            LoadFigures figures = LoadFigures.of(answers, QueueCensus.drain("127.0.0.1", failover.to().port(), "/",
                    outbound, status));
            System.out.println(figures.line("cluster", failover.figures()).replace("[faults] cluster:", "[cluster]"));
            assertThat(figures.lostIds()).as("answered 200 but in no queue").isEmpty();
            assertThat(figures.noAnswer() + figures.otherStatus() + figures.timedOut()).as("answers other than 200/503")
                    .isZero();
            assertThat(figures.maxMillis()).as("slowest answer, ms").isLessThanOrEqualTo(ANSWER_BOUND_MILLIS);
            assertThat(figures.strangers()).as("ids in the queues that were never sent").isZero();
            assertThat(failover.to()).as("reconnected to a surviving node").isNotEqualTo(failover.from());
            bringBack(cluster, failover.from());
        }
    }

    /**
     * Stops {@code victim} and waits until the service is ready on another node. The outage runs from the first poll
     * (every 20 ms) that found the service no longer connected to the victim to the first that found it ready again.
     */
    private static Failover stopAndAwaitFailover(WebhookClient client, RabbitCluster cluster, RabbitNode victim)
            throws Exception {
        long stopped = System.nanoTime();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                victim.stop();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long lost = 0;
        int port = victim.port();
        boolean ready = true;
        while (port == 0 || port == victim.port() || !ready) {
            assertThat(millisSince(stopped)).as("reconnected within 60 s").isLessThan(60_000);
            Thread.sleep(20);
            ready = client.get("/ready").status() == 200;
            port = connectedPortOrZero(client);
            lost = lost == 0 && port != victim.port() ? System.nanoTime() : lost;
        }
        Failover failover = new Failover(victim, cluster.nodeOn(port), millisSince(stopped), millisSince(lost));
        stopping.get(60, TimeUnit.SECONDS);
        return failover;
    }

    private static void bringBack(RabbitCluster cluster, RabbitNode node) throws Exception {
        long started = System.nanoTime();
        node.start().awaitStartup();
        cluster.assertRunningEverywhere(node);
        List<String> running = cluster.runningNodes(cluster.nodes().get(0));
        System.out.println("[cluster] " + node + " back and rejoined in " + millisSince(started) + " ms; running: "
                + running);
        assertThat(running).hasSize(3);
    }

    private static int connectedPort(WebhookClient client) {
        int port = connectedPortOrZero(client);
        assertThat(port).as("the service's broker connection: %s", client.get("/health").body()).isPositive();
        return port;
    }

    private static int connectedPortOrZero(WebhookClient client) {
        Matcher matcher = CONNECTED.matcher(client.get("/health").body());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /**
     * The node the service was connected to, the one it moved to, how long after the stop command began the service
     * was ready there, and how long it was without a connection as its `/health` showed.
     */
    private record Failover(RabbitNode from, RabbitNode to, long stopToReadyMillis, long outageMillis) {
        String figures() {
            return "failover-ms=" + stopToReadyMillis + " outage-ms=" + outageMillis + " from=" + from + " to=" + to;
        }
    }
}
