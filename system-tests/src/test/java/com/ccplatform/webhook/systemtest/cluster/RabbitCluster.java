package com.ccplatform.webhook.systemtest.cluster;

import com.ccplatform.webhook.adapter.amqp.RabbitNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A RabbitMQ cluster of the test's own on loopback: {@link RabbitNode}s started side by side and joined to the first
 * of them, never to the machine's default node. {@link #close()} stops and deletes every node, on failure too.
 */
public final class RabbitCluster implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<RabbitNode> nodes;

    private RabbitCluster(List<RabbitNode> nodes) {
        this.nodes = nodes;
    }

    /** Starts {@code size} nodes, joins them into one cluster and checks that each runs in it. */
    public static RabbitCluster start(int size) throws IOException, InterruptedException {
        List<RabbitNode> nodes = new ArrayList<>();
        RabbitCluster cluster = new RabbitCluster(nodes);
        try {
            for (int i = 0; i < size; i++) {
                nodes.add(RabbitNode.prepare("gws-cluster" + i, "").start());
            }
            for (RabbitNode node : nodes) {
                node.awaitStartup();
            }
            for (RabbitNode node : nodes.subList(1, nodes.size())) {
                node.join(nodes.get(0));
            }
            for (RabbitNode node : nodes) {
                cluster.assertRunningEverywhere(node);
            }
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public List<RabbitNode> nodes() {
        return List.copyOf(nodes);
    }

    /** `127.0.0.1:p1,127.0.0.1:p2,...`: the nodes as `RABBITMQ_HOST` lists them. */
    public String hostList() {
        return nodes.stream().map(node -> "127.0.0.1:" + node.port()).collect(Collectors.joining(","));
    }

    /** The node listening on {@code port}. */
    public RabbitNode nodeOn(int port) {
        return nodes.stream().filter(node -> node.port() == port).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node of this cluster listens on " + port));
    }

    /** The node names {@code asked} lists as running in its cluster (`cluster_status`'s `running_nodes`). */
    public List<String> runningNodes(RabbitNode asked) throws IOException {
        JsonNode status = JSON.readTree(String.join("\n", asked.ctl("cluster_status", "--formatter", "json")));
        List<String> running = new ArrayList<>();
        status.path("running_nodes").forEach(name -> running.add(name.asText()));
        return running;
    }

    /** Fails unless {@code node} is running and sees every node of the cluster running. */
    public void assertRunningEverywhere(RabbitNode node) throws IOException {
        List<String> running = runningNodes(node);
        List<String> expected = nodes.stream().map(RabbitNode::name).toList();
        if (!running.containsAll(expected)) {
            throw new IllegalStateException(node + " sees " + running + " running, not all of " + expected);
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (RabbitNode node : nodes) {
            try {
                node.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
