package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a NetworkPolicy lets into the pods only webhooks and scrapes on the service's port, and out of them only
 * DNS, the broker nodes, and TLS (MinIO, the Tenant and Auth services, Genesys Cloud media downloads).
 */
class NetworkPolicyTest {

    private final Manifests manifests = Manifests.load();
    private final JsonNode policy = manifests.one("NetworkPolicy");

    @Test
    void appliesToTheServicesPodsInBothDirections() {
        assertThat(manifests.selectsThePods(policy.at("/spec/podSelector/matchLabels"))).as("selects the pods")
                .isTrue();
        assertThat(policy.at("/spec/policyTypes")).extracting(JsonNode::asText).contains("Ingress", "Egress");
    }

    @Test
    void letsInOnlyNamedPeersAndOnlyOnTheServicesPort() {
        String port = manifests.configMap().getOrDefault("PORT", "8000");
        JsonNode ingress = policy.at("/spec/ingress");

        assertThat(ingress.size()).as("ingress rules").isPositive();
        for (JsonNode rule : ingress) {
            assertThat(rule.path("from").size()).as("a rule with no 'from' admits every pod and address").isPositive();
            assertThat(rule.path("ports").size()).as("a rule with no 'ports' admits every port").isPositive();
            for (JsonNode allowed : rule.path("ports")) {
                assertThat(allowed.path("port").asText()).as("ingress port").isIn(port, portName(port));
            }
        }
    }

    @Test
    void letsOutDnsOverUdpAndTcp() {
        assertThat(allowsEgress(53, "UDP")).as("DNS over UDP").isTrue();
        assertThat(allowsEgress(53, "TCP")).as("DNS over TCP, for answers too long for UDP").isTrue();
    }

    @Test
    void letsOutTheBrokerPortOfEveryNodeInRabbitMqHost() {
        List<Integer> ports = brokerPorts(manifests.configMap());

        assertThat(ports).as("ports of RABBITMQ_HOST").isNotEmpty();
        for (int port : ports) {
            assertThat(allowsEgress(port, "TCP")).as("egress to the broker on %d", port).isTrue();
        }
    }

    @Test
    void letsOutTls() {
        assertThat(allowsEgress(443, "TCP")).as("egress on 443").isTrue();
    }

    @Test
    void everyEgressRuleNamesItsDestinationsAndPorts() {
        for (JsonNode rule : policy.at("/spec/egress")) {
            assertThat(rule.path("to").size()).as("a rule with no 'to' lets out to everywhere: %s", rule).isPositive();
            assertThat(rule.path("ports").size()).as("a rule with no 'ports' lets out every port: %s", rule)
                    .isPositive();
        }
    }

    /**
     * The ports of the `host[:port]` entries in RABBITMQ_HOST; an entry without one uses RABBITMQ_PORT, else 5671
     * with RABBITMQ_SSL and 5672 without. Node addresses of a headless Service are the pods' own, so these are the
     * ports the policy must allow (a ClusterIP Service's port is not: the policy sees the pod's port after it).
     */
    static List<Integer> brokerPorts(Map<String, String> config) {
        String fallback = config.getOrDefault("RABBITMQ_PORT",
                Boolean.parseBoolean(config.getOrDefault("RABBITMQ_SSL", "false")) ? "5671" : "5672");
        List<Integer> ports = new ArrayList<>();
        for (String entry : config.getOrDefault("RABBITMQ_HOST", "").split(",")) {
            if (!entry.isBlank()) {
                String[] hostPort = entry.strip().split(":");
                ports.add(Integer.parseInt(hostPort.length > 1 ? hostPort[1] : fallback));
            }
        }
        return ports;
    }

    private boolean allowsEgress(int port, String protocol) {
        for (JsonNode rule : policy.at("/spec/egress")) {
            for (JsonNode allowed : rule.path("ports")) {
                int from = allowed.path("port").asInt(-1);
                int to = allowed.path("endPort").asInt(from);
                if (allowed.path("protocol").asText("TCP").equals(protocol) && from <= port && port <= to) {
                    return true;
                }
            }
        }
        return false;
    }

    private String portName(String number) {
        for (JsonNode declared : manifests.container().path("ports")) {
            if (declared.path("containerPort").asText().equals(number)) {
                return declared.path("name").asText();
            }
        }
        return number;
    }
}
