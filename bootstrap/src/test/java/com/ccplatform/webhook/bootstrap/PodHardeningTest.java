package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the pod runs as the image's unprivileged user, cannot gain privileges or write its image, holds no
 * Kubernetes API token, and gets a writable /tmp (the JVM's only writes in production) from an emptyDir.
 */
class PodHardeningTest {

    private final Manifests manifests = Manifests.load();
    private final JsonNode pod = manifests.podSpec().path("securityContext");
    private final JsonNode container = manifests.container().path("securityContext");

    @Test
    void runsAsTheNonRootUserTheImageCreates() {
        String imageUser = DockerImage.read().user();

        assertThat(imageUser).as("the Dockerfile's USER").matches("[1-9][0-9]*");
        assertThat(setting("runAsNonRoot").asBoolean()).as("runAsNonRoot").isTrue();
        assertThat(setting("runAsUser").asText()).as("runAsUser").isEqualTo(imageUser);
    }

    @Test
    void theContainerCannotGainPrivilegesOrWriteItsImage() {
        assertThat(container.path("allowPrivilegeEscalation").asBoolean(true)).as("allowPrivilegeEscalation")
                .isFalse();
        assertThat(container.path("readOnlyRootFilesystem").asBoolean()).as("readOnlyRootFilesystem").isTrue();
        assertThat(container.path("privileged").asBoolean()).as("privileged").isFalse();
    }

    @Test
    void dropsEveryCapabilityAndAddsNone() {
        assertThat(texts(container.at("/capabilities/drop"))).containsExactly("ALL");
        assertThat(container.at("/capabilities/add").size()).isZero();
    }

    @Test
    void filtersSystemCallsWithTheRuntimeDefaultProfile() {
        assertThat(setting("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
    }

    @Test
    void mountsNoServiceAccountToken() {
        // the service never calls the Kubernetes API; a token in the pod is only something to steal
        assertThat(manifests.podSpec().path("automountServiceAccountToken").isBoolean()).isTrue();
        assertThat(manifests.podSpec().path("automountServiceAccountToken").asBoolean()).isFalse();
    }

    @Test
    void tmpIsAWritableEmptyDirAndTheJvmWritesThere() {
        String volume = null;
        for (JsonNode mount : manifests.container().path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals("/tmp") && !mount.path("readOnly").asBoolean()) {
                volume = mount.path("name").asText();
            }
        }
        assertThat(volume).as("a writable volume mounted at /tmp").isNotNull();
        assertThat(volumeNamed(volume).has("emptyDir")).as("volume %s is an emptyDir", volume).isTrue();
        // hsperfdata and the attach socket always go to /tmp; java.io.tmpdir defaults there and must stay in it
        String tmpdir = DockerImage.read().javaOptions().stream().filter(o -> o.startsWith("-Djava.io.tmpdir="))
                .map(o -> o.substring("-Djava.io.tmpdir=".length())).reduce((first, last) -> last).orElse("/tmp");
        assertThat(tmpdir).as("java.io.tmpdir").matches("/tmp(/.*)?");
    }

    @Test
    void injectsNoServiceLinkVariables() {
        // a Service named rabbitmq in the namespace would otherwise set RABBITMQ_PORT=tcp://..., which the service
        // refuses to start with when the ConfigMap leaves RABBITMQ_PORT out
        assertThat(manifests.podSpec().path("enableServiceLinks").isBoolean()).isTrue();
        assertThat(manifests.podSpec().path("enableServiceLinks").asBoolean()).isFalse();
    }

    /** A setting from the container's securityContext, else the pod's (the container's wins in Kubernetes). */
    private JsonNode setting(String name) {
        return container.has(name) ? container.get(name) : pod.path(name);
    }

    private JsonNode volumeNamed(String name) {
        for (JsonNode volume : manifests.podSpec().path("volumes")) {
            if (volume.path("name").asText().equals(name)) {
                return volume;
            }
        }
        throw new AssertionError("no volume named " + name);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
