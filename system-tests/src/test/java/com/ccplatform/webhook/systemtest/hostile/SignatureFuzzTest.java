package com.ccplatform.webhook.systemtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.WebhookSecret;
import com.ccplatform.webhook.systemtest.hostile.SignatureMutator.Signed;
import com.rabbitmq.client.GetResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of signed webhooks: mutated bodies, mutated headers, or both, through the real HTTP server and, in
 * larger numbers, straight into {@link SignatureVerifier}. No mutation may be accepted unless its body and signature
 * still match by an HMAC computed here; the seed is printed, and `-Dhostile.seed=N` replays a run.
 */
class SignatureFuzzTest {

    private static final long SEED = Long.getLong("hostile.seed", 20_261_125L);
    private static final int OVER_HTTP = Integer.getInteger("hostile.httpMutations", 2_000);
    private static final int DIRECT = Integer.getInteger("hostile.directMutations", 100_000);
    private static final Duration HTTP_BUDGET = Duration.ofSeconds(90);
    private static HostileService service;
    private static CapturedLogs logs;

    @BeforeAll
    static void start() throws Exception {
        logs = CapturedLogs.start();
        service = HostileService.start();
        System.out.println("[hostile] signature fuzz seed=" + SEED + " (replay with -Dhostile.seed=" + SEED + ")");
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        logs.stop();
    }

    @Test
    void noMutationIsAcceptedOverHttpUnlessBodyAndSignatureStillMatch() throws Exception {
        SignatureMutator mutator = new SignatureMutator(SEED);
        List<Signed> originals = originals();
        Tally tally = new Tally("signature mutations over HTTP");
        int genuineAccepted = 0;
        List<String> forged = new ArrayList<>();
        long stopAt = System.nanoTime() + HTTP_BUDGET.toNanos();
        for (int i = 0; i < OVER_HTTP && System.nanoTime() < stopAt; i++) {
            Signed mutated = mutator.mutate(originals.get(i % originals.size()));
            RawClient.Answer answer = service.send(RawRequest.json(mutated.body(), mutated.header()));
            tally.count(answer.status());
            boolean genuine = stillMatches(mutated);
            genuineAccepted += answer.status() == 200 && genuine ? 1 : 0;
            if (answer.status() == 200 && !genuine) {
                forged.add(new String(mutated.body(), java.nio.charset.StandardCharsets.ISO_8859_1) + " / "
                        + mutated.header());
            }
            assertThat(answer.status()).as("never a fault or a silence").isBetween(200, 499);
        }
        List<GetResponse> published = service.takePublished();
        System.out.println(tally.line());
        System.out.println("[hostile] signature mutations tried=" + tally.tried() + " accepted=" + forged.size()
                + " (over HTTP, seed " + SEED + ")");

        assertThat(forged).as("mutations accepted without a matching signature").isEmpty();
        assertThat(tally.tried()).isGreaterThanOrEqualTo(Math.min(OVER_HTTP, 500));
        assertThat(published).as("only genuine requests reach a queue").hasSizeLessThanOrEqualTo(genuineAccepted);
        logs.assertNoneContains(Secrets.all());
    }

    @Test
    void noMutationIsAcceptedByTheVerifierUnlessBodyAndSignatureStillMatch() {
        SignatureMutator mutator = new SignatureMutator(SEED + 1);
        SignatureVerifier verifier = new SignatureVerifier();
        List<WebhookSecret> secretsOfA = List.of(new WebhookSecret(HostilePlatform.A.secret()));
        Signed original = new Signed(Webhooks.utf8(Webhooks.text(HostilePlatform.A, "direct")),
                Webhooks.sign(Webhooks.text(HostilePlatform.A, "direct"), HostilePlatform.A));
        Signed base64 = new Signed(original.body(), "sha256=" + SignatureAttacks.base64(original.header().substring(7)));
        int accepted = 0;
        int genuine = 0;
        for (int i = 0; i < DIRECT; i++) {
            Signed mutated = mutator.mutate(i % 2 == 0 ? original : base64);
            boolean matches = matchesFor(mutated, HostilePlatform.A.secret());
            genuine += matches ? 1 : 0;
            if (verifier.isAuthentic(mutated.body(), mutated.header(), secretsOfA) && !matches) {
                accepted++;
            }
        }
        System.out.println("[hostile] signature mutations tried=" + DIRECT + " accepted=" + accepted
                + " (SignatureVerifier directly, seed " + (SEED + 1) + ", still genuine by chance=" + genuine + ")");

        assertThat(accepted).isZero();
    }

    private static List<Signed> originals() {
        List<Signed> originals = new ArrayList<>();
        List<String> bodies = List.of(Webhooks.text(HostilePlatform.A, "fuzz-text-a"),
                Webhooks.text(HostilePlatform.B, "fuzz-text-b"), Generators.base("receipt", "fuzz-receipt"),
                Generators.base("event", "fuzz-event"), Generators.base("attachment", "fuzz-attachment"));
        for (String body : bodies) {
            HostilePlatform.Tenant tenant = body.contains(HostilePlatform.B.integration()) ? HostilePlatform.B
                    : HostilePlatform.A;
            String hex = Webhooks.sign(body, tenant);
            originals.add(new Signed(Webhooks.utf8(body), hex));
            originals.add(new Signed(Webhooks.utf8(body), "sha256=" + SignatureAttacks.base64(hex.substring(7))));
        }
        return originals;
    }

    /** The oracle: the header is the hex or canonical base64 HMAC of this very body under either tenant's secret. */
    private static boolean stillMatches(Signed signed) {
        return matchesFor(signed, HostilePlatform.A.secret()) || matchesFor(signed, HostilePlatform.B.secret());
    }

    private static boolean matchesFor(Signed signed, String secret) {
        String hex = Webhooks.sign(signed.body(), secret);
        String base64 = "sha256=" + Base64.getEncoder().encodeToString(Webhooks.hmac(signed.body(), secret));
        return signed.header().equals(hex) || signed.header().equals(base64);
    }
}
