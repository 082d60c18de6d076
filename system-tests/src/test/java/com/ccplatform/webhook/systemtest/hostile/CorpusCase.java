package com.ccplatform.webhook.systemtest.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One entry of `hostile/corpus.json` turned into bytes on the wire: a literal body (UTF-8 text or Latin-1 bytes), a
 * well-formed webhook with JSON-pointer patches, or a generated body; then its signature, headers and framing.
 */
record CorpusCase(String name, JsonNode spec) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String expect() {
        return spec.path("expect").asText();
    }

    int published() {
        return spec.path("published").asInt(0);
    }

    RawRequest request() throws Exception {
        byte[] body = body();
        RawRequest request = RawRequest.json(body, signature(body));
        if (spec.has("headers")) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            spec.get("headers").forEach(h -> headers.add(Map.entry(h.get(0).asText(),
                    h.get(1).asText().replace("%16K", "a".repeat(16 * 1024)))));
            request = request.withHeaders(headers);
        }
        switch (spec.path("framing").asText("exact")) {
            case "chunked":
                return request.chunked();
            case "longer-then-close":
                return request.declaring(body.length + 64, true);
            case "longer-then-silence":
                return request.declaring(body.length + 64, false);
            case "shorter":
                return request.declaring(body.length / 2, false);
            default:
                return request;
        }
    }

    private String signature(byte[] body) {
        String sign = spec.path("sign").asText("A");
        if (sign.equals("none")) {
            return null;
        }
        if (sign.equals("wrong")) {
            return Webhooks.sign(body, "a-secret-nobody-was-ever-given");
        }
        return Webhooks.sign(body, (sign.equals("B") ? HostilePlatform.B : HostilePlatform.A).secret());
    }

    private byte[] body() throws Exception {
        if (spec.has("body")) {
            return spec.get("body").asText().getBytes(StandardCharsets.UTF_8);
        }
        if (spec.has("bodyLatin1")) {
            return spec.get("bodyLatin1").asText().getBytes(StandardCharsets.ISO_8859_1);
        }
        if (spec.has("generate")) {
            return Generators.generate(spec.get("generate"));
        }
        return patched();
    }

    /** The base webhook of the named shape, for tenant A, with each patch's value set (or removed) at its pointer. */
    private byte[] patched() throws Exception {
        ObjectNode webhook = (ObjectNode) JSON.readTree(Generators.base(spec.path("base").asText("text"),
                "corpus-" + name.hashCode()));
        for (JsonNode patch : spec.path("patch")) {
            set(webhook, patch.get("path").asText(), patch.has("value") ? patch.get("value") : null);
        }
        byte[] json = JSON.writeValueAsBytes(webhook);
        if (!spec.path("prefixLatin1").isMissingNode()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(spec.get("prefixLatin1").asText().getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(json);
            return out.toByteArray();
        }
        return json;
    }

    private static void set(ObjectNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value == null ? JSON.nullNode() : value);
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
