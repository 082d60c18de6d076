package com.ccplatform.webhook.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.IngestOutcome.Reason;
import com.ccplatform.webhook.application.testkit.UseCaseFixture;
import com.ccplatform.webhook.domain.event.GenesysWebhook;
import com.ccplatform.webhook.domain.event.GenesysWebhook.Channel;
import com.ccplatform.webhook.domain.event.GenesysWebhook.Participant;
import com.ccplatform.webhook.domain.event.Webhooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12 item 2: an id that cannot be an integration's is unknown at once, and the Tenant Service never hears of it. */
class ImplausibleIntegrationIdTest {

    private final UseCaseFixture fx = new UseCaseFixture();

    @ParameterizedTest
    @ValueSource(strings = {"a/../b", "%2F", "..", "tab\tin-id", "what?", "frag#1"})
    void refusesAnImplausibleChannelIdAsUnknownWithoutALookup(String id) {
        IngestOutcome outcome = fx.ingestSigned(withChannelId(id));

        assertUnknownWithoutLookup(outcome);
    }

    @Test
    void refusesANineKilobyteIdAsUnknownWithoutALookupAndKeepsItOutOfTheTrace() {
        IngestOutcome outcome = fx.ingestSigned(withChannelId("a".repeat(9 * 1024)));

        assertUnknownWithoutLookup(outcome);
        assertThat(outcome.trace().integrationId()).as("a junk id is not logged").isNull();
    }

    @Test
    void refusesWhenEveryFrdCandidateIsImplausible() {
        GenesysWebhook text = Webhooks.frdText();
        GenesysWebhook junk = Webhooks.withChannel(text, text.id(), new Channel(null,
                new Participant("a/../b", "Email", null), new Participant("%2F", "Phone", null),
                text.channel().time(), null));

        assertUnknownWithoutLookup(fx.ingestSigned(junk));
    }

    @Test
    void skipsAnImplausibleCandidateAndFindsThePlausibleOne() {
        GenesysWebhook text = Webhooks.frdText();
        GenesysWebhook webhook = Webhooks.withChannel(text, text.id(), new Channel(null,
                new Participant("spaces/AAAA", "Opaque", null), text.channel().from(), text.channel().time(), null));

        IngestOutcome outcome = fx.ingestSigned(webhook);

        assertThat(outcome).isInstanceOf(IngestOutcome.Accepted.class);
        assertThat(fx.tenants.lookups()).containsExactly(UseCaseFixture.INTEGRATION);
    }

    private void assertUnknownWithoutLookup(IngestOutcome outcome) {
        assertThat(outcome).isInstanceOfSatisfying(IngestOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.UNKNOWN_INTEGRATION));
        assertThat(fx.tenants.lookups()).as("no directory call").isEmpty();
    }

    private static GenesysWebhook withChannelId(String id) {
        GenesysWebhook real = Webhooks.realText();
        Channel c = real.channel();
        return Webhooks.withChannel(real, real.id(), new Channel(id, c.from(), c.to(), c.time(), c.messageId()));
    }
}
