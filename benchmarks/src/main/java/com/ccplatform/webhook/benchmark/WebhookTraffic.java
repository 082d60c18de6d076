package com.ccplatform.webhook.benchmark;

import com.ccplatform.webhook.benchmark.SignedWebhook.Kind;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes the benchmark's webhooks in the real Genesys shape (`channel.id` names the integration): out of every 20,
 * 14 agent texts, 5 delivery receipts and 1 echo of a middleware message, spread over the tenants, each with fresh
 * ids and signed with its tenant's secret. Thread-safe.
 */
public final class WebhookTraffic {

    private static final String TEXT = "Hello, this is Acme Support. Your order has shipped and will arrive tomorrow"
            + " between 9:00 and 12:00. Reply STOP to opt out.";

    private final List<BenchTenant> tenants;
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(WebhookTraffic::newMac);

    private final AtomicLong sequence = new AtomicLong();

    public WebhookTraffic(List<BenchTenant> tenants) {
        this.tenants = List.copyOf(tenants);
    }

    public SignedWebhook next() {
        long seq = sequence.getAndIncrement();
        int slot = (int) (seq % 20);
        Kind kind = slot == 0 ? Kind.ECHO : slot <= 5 ? Kind.RECEIPT : Kind.TEXT;
        BenchTenant tenant = tenants.get(Math.floorMod(Long.hashCode(seq * 0x9E3779B97F4A7C15L), tenants.size()));
        String id = uuid();
        String time = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String json;
        String messageId;
        if (kind == Kind.RECEIPT) {
            json = receipt(id, tenant.integrationId(), time);
            messageId = id + ":delivered";
        } else {
            json = text(id, tenant.integrationId(), time, kind == Kind.ECHO ? "mw-" + uuid() : id);
            messageId = kind == Kind.ECHO ? null : id;
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return new SignedWebhook(kind, body, sign(body, tenant.secret().keyBytes()), messageId);
    }

    private static String text(String id, String integration, String time, String channelMessageId) {
        return "{\"id\":\"" + id + "\",\"channel\":{\"id\":\"" + integration + "\",\"platform\":\"Open\","
                + "\"type\":\"Private\",\"to\":{\"id\":\"" + phone() + "\",\"idType\":\"Opaque\"},"
                + "\"from\":{\"nickname\":\"Acme Support\",\"id\":\"" + integration + "\",\"idType\":\"Opaque\"},"
                + "\"time\":\"" + time + "\",\"messageId\":\"" + channelMessageId + "\"},"
                + "\"type\":\"Text\",\"text\":\"" + TEXT + "\",\"originatingEntity\":\"Human\","
                + "\"direction\":\"Outbound\",\"conversationId\":\"" + uuid() + "\"}";
    }

    private static String receipt(String id, String integration, String time) {
        return "{\"id\":\"" + id + "\",\"channel\":{\"id\":\"" + integration + "\",\"platform\":\"Open\","
                + "\"type\":\"Private\",\"to\":{\"id\":\"" + integration + "\",\"idType\":\"Opaque\"},"
                + "\"from\":{\"id\":\"" + phone() + "\",\"idType\":\"Opaque\"},"
                + "\"time\":\"" + time + "\",\"messageId\":\"" + uuid() + "\"},"
                + "\"type\":\"Receipt\",\"status\":\"Delivered\",\"isFinalReceipt\":true,\"direction\":\"Outbound\"}";
    }

    /**
     * `sha256=` and the lower-case hex HMAC-SHA256, computed here rather than by the domain's own signer so a
     * fault there cannot hide itself by signing and verifying alike.
     */
    static String sign(byte[] body, byte[] key) {
        try {
            Mac mac = HMAC.get();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }

    private static String phone() {
        return "4477009" + (100_000 + ThreadLocalRandom.current().nextInt(900_000));
    }

    /** A random UUID v4 without SecureRandom's cost: uniqueness is all the benchmark needs. */
    static String uuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
