package com.ccplatform.webhook.adapter.amqp;

import static com.ccplatform.webhook.application.testkit.EventPublisherContract.agentMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.adapter.embedded.EmbeddedAmqpBroker;
import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.PublishFailedException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The publisher against the embedded broker, a real AMQP 0-9-1 broker for the adapter, even where RabbitMQ runs. */
class PublisherOnEmbeddedBrokerTest {

    private static EmbeddedAmqpBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedAmqpBroker.start(0);
        System.out.println("[amqp tests] embedded Qpid Broker-J at 127.0.0.1:" + broker.port());
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void carriesThePublishedMessageWithItsBodyAndPropertiesToAPlainConsumer() throws Exception {
        try (PublisherFixture fixture = new PublisherFixture(TestBroker.embedded(broker), "embedded")) {
            PublishedMessages.assertPublishedAsSpecified(fixture);
        }
    }

    @Test
    void failsPendingPublishesWhenTheBrokerDropsTheConnectionAndRecovers() throws Exception {
        try (PublisherFixture fixture = new PublisherFixture(TestBroker.embedded(broker), "embedded-drop")) {
            BrokerSideFailure.assertNothingConfirmedIsLost(fixture, name -> broker::dropConnections);
        }
    }

    @Test
    void connectsByItselfWhenTheBrokerStartsAfterThePublisher() throws Exception {
        int port = freePort();
        AmqpSettings settings = AmqpSettings.defaults("127.0.0.1", port).withQueues("late-outbound", "late-status");
        try (RabbitMqEventPublisher publisher = new RabbitMqEventPublisher(settings)) {
            assertThat(publisher.check().healthy()).isFalse();
            assertThatThrownBy(() -> publisher.publish(agentMessage("msg-too-early"), Deadline.in(Duration.ofSeconds(5))))
                    .isInstanceOf(PublishFailedException.class);

            try (EmbeddedAmqpBroker late = EmbeddedAmqpBroker.start(port)) {
                assertThat(PublisherFixture.eventually(Duration.ofSeconds(30), () -> publisher.check().healthy()))
                        .isTrue();
                publisher.publish(agentMessage("msg-in-time"), Deadline.in(Duration.ofSeconds(10)));
                try (PublisherFixture lateView = new PublisherFixture(TestBroker.embedded(late), "late")) {
                    assertThat(lateView.drain("late-outbound")).extracting(m -> m.getProps().getMessageId())
                            .containsExactly("msg-in-time");
                }
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
