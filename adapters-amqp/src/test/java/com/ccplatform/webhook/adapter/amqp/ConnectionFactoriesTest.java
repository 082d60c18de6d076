package com.ccplatform.webhook.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.RecoveryDelayHandler;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How a lost connection is recovered: the first attempt soon (another node is usually up), then every 2 s. */
class ConnectionFactoriesTest {

    @Test
    void recoveryTriesSoonAfterTheConnectionWentThenEveryTwoSeconds() {
        ConnectionFactory factory = ConnectionFactories.forSettings(AmqpSettings.defaults("rabbit-0", 5672),
                Duration.ofSeconds(20), new OutboundFrames(Duration.ofSeconds(40), () -> false));

        RecoveryDelayHandler delays = factory.getRecoveryDelayHandler();

        assertThat(delays.getDelay(0)).as("before the first attempt").isEqualTo(200);
        assertThat(delays.getDelay(1)).as("after a failed attempt").isEqualTo(2_000);
        assertThat(delays.getDelay(5)).isEqualTo(2_000);
        assertThat(factory.isAutomaticRecoveryEnabled()).isTrue();
    }
}
