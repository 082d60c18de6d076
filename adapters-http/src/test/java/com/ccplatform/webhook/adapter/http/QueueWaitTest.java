package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 12, item 5: a webhook that waited a quarter of its deadline before it could start is shed. */
class QueueWaitTest {

    static final Duration DEADLINE = Duration.ofMillis(4500);
    static final long ARRIVED = 1_000_000_000L;

    @Test
    void aWebhookThatStartsWithinAQuarterOfItsDeadlineIsTaken() {
        assertThat(WebhookIntake.waitedTooLong(ARRIVED, ARRIVED, DEADLINE)).isFalse();
        assertThat(WebhookIntake.waitedTooLong(ARRIVED, ARRIVED + Duration.ofMillis(1125).toNanos(), DEADLINE))
                .isFalse();
    }

    @Test
    void aWebhookThatWaitedLongerIsShed() {
        assertThat(WebhookIntake.waitedTooLong(ARRIVED, ARRIVED + Duration.ofMillis(1126).toNanos(), DEADLINE))
                .isTrue();
    }

    @Test
    void nanoTimeWrappingDoesNotConfuseIt() {
        long nearWrap = Long.MAX_VALUE - 10;
        assertThat(WebhookIntake.waitedTooLong(nearWrap, nearWrap + 20, DEADLINE)).isFalse();
    }
}
