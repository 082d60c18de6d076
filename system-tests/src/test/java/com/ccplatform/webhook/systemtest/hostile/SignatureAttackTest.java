package com.ccplatform.webhook.systemtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forged signatures through the whole service, with two tenants behind a real Tenant Service stub: every attack is
 * answered 403 `Invalid signature` and nothing reaches a queue, while the genuine encodings are accepted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignatureAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Tally TALLY = new Tally("signature attacks");
    private static final List<String> SENT_SIGNATURES = new ArrayList<>();
    private static HostileService service;
    private static CapturedLogs logs;

    @BeforeAll
    static void start() throws Exception {
        logs = CapturedLogs.start();
        service = HostileService.start();
    }

    @AfterAll
    static void stop() throws Exception {
        System.out.println(TALLY.line());
        if (service != null) {
            service.close();
        }
        logs.stop();
    }

    static Stream<SignatureAttacks.Attack> attacks() {
        return SignatureAttacks.all().stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void refusesWith403AndPublishesNothing(SignatureAttacks.Attack attack) throws Exception {
        RawRequest request = attack.request().apply("forged-" + Math.abs(attack.name().hashCode()));
        remember(request);

        RawClient.Answer answer = service.send(request);
        TALLY.count(answer.status());

        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree("{\"error\":\"Invalid signature\"}"));
        assertThat(service.takePublished()).isEmpty();
    }

    @Order(2)
    @Test
    void acceptsTheGenuineHexAndBase64DigestsOfBothTenants() throws Exception {
        for (HostilePlatform.Tenant tenant : List.of(HostilePlatform.A, HostilePlatform.B)) {
            String body = Webhooks.text(tenant, "genuine-hex-" + tenant.id());
            String hex = Webhooks.sign(body, tenant);
            assertAccepted(RawRequest.json(Webhooks.utf8(body), hex));
            String base64Body = Webhooks.text(tenant, "genuine-base64-" + tenant.id());
            String base64 = "sha256=" + SignatureAttacks.base64(Webhooks.sign(base64Body, tenant).substring(7));
            assertAccepted(RawRequest.json(Webhooks.utf8(base64Body), base64));
        }
        String body = Webhooks.text(HostilePlatform.A, "genuine-lower-case-header-name");
        assertAccepted(RawRequest.json(Webhooks.utf8(body), null).withHeaders(List.of(
                Map.entry("content-type", "application/json"),
                Map.entry("x-hub-signature-256", Webhooks.sign(body, HostilePlatform.A)))));
    }

    @Order(3)
    @Test
    void logsHoldNoSecretTokenOrSignature() {
        List<String> forbidden = new ArrayList<>(Secrets.all());
        forbidden.addAll(SENT_SIGNATURES);

        logs.assertNoneContains(forbidden);
    }

    private static void assertAccepted(RawRequest request) throws Exception {
        remember(request);
        RawClient.Answer answer = service.send(request);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(service.takePublished()).hasSize(1);
    }

    /** The digest part of every signature header sent, when long enough to be recognised in a log line. */
    private static void remember(RawRequest request) {
        request.headers().stream().filter(h -> h.getKey().equalsIgnoreCase("X-Hub-Signature-256"))
                .map(h -> h.getValue().startsWith("sha256=") ? h.getValue().substring(7) : h.getValue())
                .filter(digest -> digest.length() >= 16)
                .forEach(SENT_SIGNATURES::add);
    }
}
