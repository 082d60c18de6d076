package com.ccplatform.webhook.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.domain.event.GenesysWebhook.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** FRD 9.1.2, plus the corrections real traffic forces. */
class EchoPolicyTest {

    private final EchoPolicy policy = new EchoPolicy(EchoPolicy.DEFAULT_PREFIXES);

    @Test
    void detectsMiddlewarePrefix() {
        assertThat(policy.isEcho(messageWith("mw-12345-67890"))).isTrue();
    }

    @Test
    void detectsEveryDefaultPrefix() {
        assertThat(policy.isEcho(messageWith("middleware-1"))).isTrue();
        assertThat(policy.isEcho(messageWith("injected-1"))).isTrue();
    }

    @Test
    void detectsInternalUuid() {
        assertThat(policy.isEcho(messageWith("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"))).isTrue();
    }

    @Test
    void detectsInternalUuidInUpperCase() {
        assertThat(policy.isEcho(messageWith("A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D"))).isTrue();
    }

    @Test
    void genuineMessageWithoutMessageIdIsNotAnEcho() {
        assertThat(policy.isEcho(messageWith(null))).isFalse();
        assertThat(policy.isEcho(messageWith(""))).isFalse();
    }

    @Test
    void externalMessageIdIsNotAnEcho() {
        assertThat(policy.isEcho(messageWith("external-system-msg-123"))).isFalse();
    }

    @Test
    void uuidEqualToTheEventsOwnIdIsGenesysIdNotAnEcho() {
        OutboundMessage real = (OutboundMessage) new EventClassifier().classify(Webhooks.realText(), Instant.EPOCH);

        assertThat(real.channelMessageId()).isEqualTo(real.id().value());
        assertThat(policy.isEcho(real)).isFalse();
    }

    @Test
    void uuidThatIsNotVersion4IsNotAnEcho() {
        assertThat(policy.isEcho(messageWith("a1b2c3d4-e5f6-1a7b-8c9d-0e1f2a3b4c5d"))).isFalse();
    }

    @Test
    void honoursConfiguredPrefixesOnly() {
        EchoPolicy custom = new EchoPolicy(List.of("ours-"));

        assertThat(custom.isEcho(messageWith("ours-1"))).isTrue();
        assertThat(custom.isEcho(messageWith("mw-1"))).isFalse();
    }

    @Test
    void blankConfiguredPrefixesMatchNothing() {
        EchoPolicy custom = new EchoPolicy(List.of("", " "));

        assertThat(custom.isEcho(messageWith("anything"))).isFalse();
    }

    @Test
    void frdEchoExampleIsAnEcho() {
        OutboundMessage echo = (OutboundMessage) new EventClassifier().classify(Webhooks.frdEcho(), Instant.EPOCH);

        assertThat(policy.isEcho(echo)).isTrue();
    }

    private static OutboundMessage messageWith(String messageId) {
        Channel c = Webhooks.frdText().channel();
        GenesysWebhook w = Webhooks.withChannel(Webhooks.frdText(), "msg-1",
                new Channel(null, c.from(), c.to(), c.time(), messageId));
        return (OutboundMessage) new EventClassifier().classify(w, Instant.EPOCH);
    }

    /** The FRD's rule as a regular expression: the oracle the hand-written check must agree with. */
    private static final Pattern UUID_V4_RULE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);

    @Test
    void theUuidV4CheckAgreesWithTheRegularExpressionOnRealAndMutatedIds() {
        Random random = new Random(20261125);
        String alphabet = "0123456789abcdefABCDEFgGzZ-4589 \n\u0000\u00e9";
        int uuids = 0;
        for (int i = 0; i < 200_000; i++) {
            char[] id = UUID.randomUUID().toString().toCharArray();
            if (random.nextBoolean()) {
                id = (random.nextBoolean() ? new String(id).toUpperCase() : new String(id)).toCharArray();
            }
            int mutations = random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                id[random.nextInt(id.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String text = new String(id);
            if (random.nextInt(20) == 0) {
                text = random.nextBoolean() ? text + alphabet.charAt(random.nextInt(alphabet.length()))
                        : text.substring(0, random.nextInt(text.length()));
            }
            boolean expected = UUID_V4_RULE.matcher(text).matches();
            assertThat(EchoPolicy.isUuidV4(text)).as(text).isEqualTo(expected);
            uuids += expected ? 1 : 0;
        }
        // both answers were exercised many times
        assertThat(uuids).isBetween(50_000, 150_000);
    }

    @Test
    void aUuidWithTheWrongVersionOrVariantIsNotAnEcho() {
        assertThat(EchoPolicy.isUuidV4("123e4567-e89b-12d3-a456-426614174000")).isFalse();
        assertThat(EchoPolicy.isUuidV4("123e4567-e89b-42d3-c456-426614174000")).isFalse();
        assertThat(EchoPolicy.isUuidV4("123E4567-E89B-42D3-B456-426614174000")).isTrue();
        assertThat(EchoPolicy.isUuidV4("123e4567-e89b-42d3-a456-426614174000\n")).isFalse();
    }
}
