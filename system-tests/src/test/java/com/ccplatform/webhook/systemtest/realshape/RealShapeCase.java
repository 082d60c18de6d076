package com.ccplatform.webhook.systemtest.realshape;

import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import com.ccplatform.webhook.systemtest.faults.SignedWebhook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One entry of `realshape/manifest.json`: a webhook file of ours in a real shape, and what it must lead to. */
record RealShapeCase(String file, JsonNode spec, JsonNode manifest) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SignatureVerifier SIGNER = new SignatureVerifier();

    /** Every case of the manifest, in its order. */
    static List<RealShapeCase> all() {
        JsonNode manifest = read("manifest.json");
        List<RealShapeCase> cases = new ArrayList<>();
        manifest.get("cases").forEach(c -> cases.add(new RealShapeCase(c.get("file").asText(), c, manifest)));
        return cases;
    }

    String shape() {
        return spec.get("shape").asText();
    }

    JsonNode answer() {
        return spec.get("answer");
    }

    /** `outbound`, `status`, or null when nothing may be published. */
    String queue() {
        return spec.get("queue").isNull() ? null : spec.get("queue").asText();
    }

    JsonNode event() {
        return spec.get("event");
    }

    /** What the loopback Genesys serves for this case, by download token. */
    Map<String, LoopbackGenesys.Blob> downloads() {
        Map<String, LoopbackGenesys.Blob> blobs = new LinkedHashMap<>();
        spec.path("downloads").fields().forEachRemaining(d -> blobs.put(d.getKey(), new LoopbackGenesys.Blob(
                d.getValue().get("mime").asText(), bytes(d.getValue()))));
        return blobs;
    }

    /** Each metric sample this case must grow, and by how much. */
    Map<String, Integer> metrics() {
        Map<String, Integer> metrics = new LinkedHashMap<>();
        spec.path("metrics").fields().forEachRemaining(m -> metrics.put(m.getKey(), m.getValue().asInt()));
        return metrics;
    }

    /** The file with the placeholders pointed at this test's platform, signed with the tenant's secret. */
    SignedWebhook signed(String integration, String genesysBaseUrl, String secret) {
        String body = text(file)
                .replace(manifest.get("integration").asText(), integration)
                .replace(manifest.get("downloadHost").asText(), genesysBaseUrl);
        String signature = SIGNER.sign(body.getBytes(StandardCharsets.UTF_8), new WebhookSecret(secret));
        return new SignedWebhook(file, body, signature);
    }

    /** `size` bytes that start with the format's magic number, as a real file of that type would. */
    private static byte[] bytes(JsonNode download) {
        byte[] bytes = new byte[download.get("bytes").asInt()];
        Arrays.fill(bytes, (byte) 'm');
        byte[] magic = HexFormat.of().parseHex(download.get("magicHex").asText());
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    private static JsonNode read(String name) {
        try {
            return JSON.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String name) {
        try (InputStream in = RealShapeCase.class.getResourceAsStream("/realshape/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no realshape/" + name + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return file;
    }
}
