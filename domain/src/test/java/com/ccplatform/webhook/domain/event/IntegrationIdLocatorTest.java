package com.ccplatform.webhook.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.domain.event.GenesysWebhook.Channel;
import com.ccplatform.webhook.domain.event.GenesysWebhook.Participant;
import org.junit.jupiter.api.Test;

class IntegrationIdLocatorTest {

    private final IntegrationIdLocator locator = new IntegrationIdLocator();

    @Test
    void realTrafficIsFoundByChannelIdAlone() {
        assertThat(locator.candidates(Webhooks.realText()))
                .containsExactly(new IntegrationId("0b6a1d3e-2f47-4a8b-9c5d-1e2f3a4b5c6d"));
    }

    @Test
    void realReceiptIsFoundByChannelIdAlone() {
        assertThat(locator.candidates(Webhooks.realReceipt("Read")))
                .containsExactly(new IntegrationId("0b6a1d3e-2f47-4a8b-9c5d-1e2f3a4b5c6d"));
    }

    @Test
    void frdMessageIsFoundByFromThenTo() {
        assertThat(locator.candidates(Webhooks.frdText()))
                .containsExactly(new IntegrationId("integration-id-5678"), new IntegrationId("919876543210"));
    }

    @Test
    void frdReceiptTravelsBackFromTheCustomerSoToComesFirst() {
        assertThat(locator.candidates(Webhooks.frdReceipt()))
                .containsExactly(new IntegrationId("integration-id-5678"), new IntegrationId("919876543210"));
    }

    @Test
    void webhookWithoutChannelNamesNoIntegration() {
        GenesysWebhook w = Webhooks.withChannel(Webhooks.frdText(), "x", null);

        assertThat(locator.candidates(w)).isEmpty();
    }

    @Test
    void blankIdsAreNotCandidates() {
        GenesysWebhook w = Webhooks.withChannel(Webhooks.frdText(), "x", new Channel(" ",
                new Participant("", null, null), new Participant(null, null, null), null, null));

        assertThat(locator.candidates(w)).isEmpty();
    }

    @Test
    void sameIdInFromAndToIsTriedOnce() {
        GenesysWebhook w = Webhooks.withChannel(Webhooks.frdText(), "x", new Channel(null,
                new Participant("same", null, null), new Participant("same", null, null), null, null));

        assertThat(locator.candidates(w)).containsExactly(new IntegrationId("same"));
    }
}
