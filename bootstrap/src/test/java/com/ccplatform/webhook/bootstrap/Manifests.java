package com.ccplatform.webhook.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every document of deploy/kubernetes/*.yaml, parsed, with the service's Deployment, container and configuration. */
final class Manifests {

    static final String DIRECTORY = "deploy/kubernetes";

    private final List<JsonNode> documents;

    private Manifests(List<JsonNode> documents) {
        this.documents = documents;
    }

    static Manifests load() {
        List<JsonNode> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(ProjectFiles.root().resolve(DIRECTORY))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml")).sorted().toList()) {
                try (MappingIterator<JsonNode> parsed = new YAMLMapper().readerFor(JsonNode.class).readValues(
                        file.toFile())) {
                    parsed.forEachRemaining(document -> {
                        if (document != null && document.isObject()) {
                            documents.add(document);
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(documents);
    }

    /** The documents of {@code kind}, in file order. */
    List<JsonNode> all(String kind) {
        return documents.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    /** The one document of {@code kind}; fails naming the kind when there is none or more than one. */
    JsonNode one(String kind) {
        List<JsonNode> found = all(kind);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " in " + DIRECTORY + ", found " + found.size());
        }
        return found.get(0);
    }

    JsonNode deployment() {
        return one("Deployment");
    }

    JsonNode podSpec() {
        return deployment().at("/spec/template/spec");
    }

    JsonNode podLabels() {
        return deployment().at("/spec/template/metadata/labels");
    }

    /** Whether {@code matchLabels} names labels (at least one) that the Deployment's pods all carry. */
    boolean selectsThePods(JsonNode matchLabels) {
        if (!matchLabels.isObject() || matchLabels.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> labels = matchLabels.fields(); labels.hasNext(); ) {
            Map.Entry<String, JsonNode> label = labels.next();
            if (!podLabels().path(label.getKey()).asText().equals(label.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    /** The service's container (the Deployment's only one). */
    JsonNode container() {
        JsonNode containers = podSpec().path("containers");
        if (containers.size() != 1) {
            throw new AssertionError("expected one container in the Deployment, found " + containers.size());
        }
        return containers.get(0);
    }

    /** The ConfigMap or Secret ({@code kind}) the container's envFrom names under {@code refField}. */
    JsonNode envSource(String kind, String refField) {
        for (JsonNode source : container().path("envFrom")) {
            String name = source.path(refField).path("name").asText();
            for (JsonNode document : all(kind)) {
                if (document.at("/metadata/name").asText().equals(name)) {
                    return document;
                }
            }
        }
        throw new AssertionError("the container's envFrom names no " + kind + " of " + DIRECTORY);
    }

    /** The ConfigMap's `data`: the service's settings. */
    Map<String, String> configMap() {
        return strings(envSource("ConfigMap", "configMapRef").path("data"));
    }

    /** The Secret's `stringData` and (decoded) `data`: the service's credentials. */
    Map<String, String> secret() {
        JsonNode secret = envSource("Secret", "secretRef");
        Map<String, String> values = strings(secret.path("stringData"));
        secret.path("data").fields().forEachRemaining(field -> values.put(field.getKey(),
                new String(Base64.getDecoder().decode(field.getValue().asText()), StandardCharsets.UTF_8)));
        return values;
    }

    /** What the container's environment holds from the manifests: ConfigMap, Secret and literal `env` values. */
    Map<String, String> environment() {
        Map<String, String> values = new LinkedHashMap<>(configMap());
        values.putAll(secret());
        for (JsonNode variable : container().path("env")) {
            values.put(variable.path("name").asText(), variable.path("value").asText(""));
        }
        return values;
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }
}
