package com.ccplatform.webhook.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.benchmark.SignedWebhook.Kind;
import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookTrafficTest {

    @Test
    void signsEveryKindSoTheDomainVerifierAcceptsItAndMixesSeventyTwentyFiveFive() {
        List<BenchTenant> tenants = BenchTenant.random(3);
        WebhookTraffic traffic = new WebhookTraffic(tenants);
        SignatureVerifier verifier = new SignatureVerifier();
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        for (int i = 0; i < 100; i++) {
            SignedWebhook webhook = traffic.next();
            kinds.merge(webhook.kind(), 1, Integer::sum);
            boolean authentic = tenants.stream().anyMatch(t ->
                    verifier.isAuthentic(webhook.body(), webhook.signatureHeader(), List.of(t.secret())));
            assertThat(authentic).as("signature of %s", webhook.kind()).isTrue();
            assertThat(webhook.expectedMessageId() == null).isEqualTo(webhook.kind() == Kind.ECHO);
        }
        assertThat(kinds).containsEntry(Kind.TEXT, 70).containsEntry(Kind.RECEIPT, 25).containsEntry(Kind.ECHO, 5);
    }
}
