package com.ccplatform.webhook.adapter.amqp;

import static com.ccplatform.webhook.application.testkit.EventPublisherContract.agentMessage;
import static com.ccplatform.webhook.application.testkit.EventPublisherContract.statusUpdate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.PublishFailedException;
import com.ccplatform.webhook.domain.event.DeliveryStatus;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The adapter against the test broker: what lands in the queue, under load, and when the broker fails. */
class RabbitMqEventPublisherTest {

    private static final Duration BUDGET = Duration.ofSeconds(30);
    private final PublisherFixture fixture = new PublisherFixture(TestBroker.get(), "publisher");

    @AfterEach
    void cleanUp() throws Exception {
        fixture.close();
    }

    @Test
    void publishesAPersistentJsonMessageWithEveryPropertyDownstreamNeeds() throws Exception {
        PublishedMessages.assertPublishedAsSpecified(fixture);
    }

    @Test
    void routesThroughANamedDirectExchangeBoundByQueueName() throws Exception {
        AmqpSettings viaExchange = fixture.settings.withExchange("exchange-" + fixture.settings.outboundQueue(),
                AmqpSettings.QueueType.CLASSIC, true);
        RabbitMqEventPublisher publisher = fixture.publisher(viaExchange);

        publisher.publish(agentMessage("msg-exchange"), Deadline.in(BUDGET));
        publisher.publish(statusUpdate("receipt-exchange", DeliveryStatus.READ), Deadline.in(BUDGET));

        assertThat(fixture.drain(viaExchange.outboundQueue())).extracting(m -> m.getProps().getMessageId())
                .containsExactly("msg-exchange");
        assertThat(fixture.drain(viaExchange.statusQueue())).extracting(m -> m.getProps().getMessageId())
                .containsExactly("receipt-exchange:read");
        fixture.withChannel(channel -> channel.exchangeDelete(viaExchange.exchange()));
    }

    @Test
    void confirmsTwoThousandConcurrentPublishesFromSixtyFourThreadsEachEnqueuedExactlyOnce() throws Exception {
        RabbitMqEventPublisher publisher = fixture.publisher();
        ExecutorService callers = Executors.newFixedThreadPool(64);
        Map<String, Boolean> confirmed = new ConcurrentHashMap<>();
        for (int i = 0; i < 2_000; i++) {
            AgentMessage message = agentMessage("msg-load-" + i);
            callers.execute(() -> {
                try {
                    publisher.publish(message, Deadline.in(BUDGET));
                    confirmed.put(message.deduplicationKey(), true);
                } catch (PublishFailedException e) {
                    confirmed.put(message.deduplicationKey(), false);
                }
            });
        }
        callers.shutdown();
        assertThat(callers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        assertThat(confirmed).hasSize(2_000).doesNotContainValue(false);
        Map<String, Long> copies = fixture.drain(fixture.settings.outboundQueue()).stream()
                .collect(Collectors.groupingBy(m -> m.getProps().getMessageId(), Collectors.counting()));
        assertThat(copies).hasSize(2_000).containsOnlyKeys(confirmed.keySet());
        assertThat(copies.values()).containsOnly(1L);
    }

    @Test
    void closesOnlyAfterTheConfirmsInFlightAreSettledAndRefusesLaterPublishes() throws Exception {
        RabbitMqEventPublisher publisher = fixture.publisher();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        Map<String, Boolean> confirmed = new ConcurrentHashMap<>();
        for (int i = 0; i < 400; i++) {
            AgentMessage message = agentMessage("msg-closing-" + i);
            callers.execute(() -> {
                try {
                    publisher.publish(message, Deadline.in(BUDGET));
                    confirmed.put(message.deduplicationKey(), true);
                } catch (PublishFailedException e) {
                    confirmed.put(message.deduplicationKey(), false);
                }
            });
        }
        PublisherFixture.eventually(BUDGET, () -> confirmed.size() >= 50);

        assertThat(publisher.close(Duration.ofSeconds(10))).isTrue();
        callers.shutdown();
        assertThat(callers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        assertThat(publisher.check().healthy()).isFalse();
        assertThatThrownBy(() -> publisher.publish(agentMessage("msg-after-close"), Deadline.in(BUDGET)))
                .isInstanceOf(PublishFailedException.class).hasMessageContaining("closed");
        Set<String> inQueue = fixture.drain(fixture.settings.outboundQueue()).stream()
                .map(m -> m.getProps().getMessageId()).collect(Collectors.toSet());
        assertThat(inQueue).containsAll(confirmed.entrySet().stream().filter(Map.Entry::getValue)
                .map(Map.Entry::getKey).toList());
    }

    @Test
    void failsAPublishThatTheBrokerCannotRouteBecauseItsQueueWasDeleted() throws Exception {
        RabbitMqEventPublisher publisher = fixture.publisher();
        publisher.publish(agentMessage("msg-before"), Deadline.in(BUDGET));
        fixture.deleteQueue(fixture.settings.outboundQueue());

        assertThatThrownBy(() -> publisher.publish(agentMessage("msg-unroutable"), Deadline.in(BUDGET)))
                .isInstanceOf(PublishFailedException.class)
                .hasMessageMatching(".*(returned the message as unroutable|nacked the message).*");
        publisher.publish(statusUpdate("receipt-still-routable", DeliveryStatus.DELIVERED), Deadline.in(BUDGET));
        assertThat(fixture.drain(fixture.settings.statusQueue())).hasSize(1);
        assertThat(publisher.check().healthy()).isTrue();
    }

    @Test
    void startsWithTheBrokerUnreachableReportsUnhealthyAndFailsPublishesFast() throws Exception {
        AmqpSettings unreachable = AmqpSettings.defaults("127.0.0.1", closedPort())
                .withQueues(fixture.settings.outboundQueue(), fixture.settings.statusQueue());
        try (RabbitMqEventPublisher publisher = new RabbitMqEventPublisher(unreachable)) {
            assertThat(publisher.check().healthy()).isFalse();
            assertThat(publisher.check().detail()).contains("cannot connect");

            long started = System.nanoTime();
            assertThatThrownBy(() -> publisher.publish(agentMessage("msg-no-broker"), Deadline.in(BUDGET)))
                    .isInstanceOf(PublishFailedException.class).hasMessageContaining("not available");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void refusesToStartWithOneClearLineWhenTheTopologyExistsWithOtherArguments() throws Exception {
        String exchange = "exchange-" + fixture.settings.outboundQueue();
        fixture.withChannel(channel -> {
            channel.exchangeDeclare(exchange, "fanout", true);
            channel.queueDeclare(fixture.settings.outboundQueue(), true, false, false, null);
        });
        AmqpSettings declaring = fixture.settings.withExchange(exchange, AmqpSettings.QueueType.CLASSIC, true);

        assertThatThrownBy(() -> fixture.publisher(declaring)).isInstanceOf(AmqpTopologyException.class)
                .hasMessageContaining("exchange '" + exchange + "' already exists with other arguments")
                .hasMessageContaining("RABBITMQ_DECLARE=false");

        AmqpSettings notDeclaring = fixture.settings.withExchange("", AmqpSettings.QueueType.CLASSIC, false);
        fixture.publisher(notDeclaring).publish(agentMessage("msg-existing-queue"), Deadline.in(BUDGET));
        assertThat(fixture.drain(notDeclaring.outboundQueue())).hasSize(1);
        fixture.withChannel(channel -> channel.exchangeDelete(exchange));
    }

    @Test
    void failsPendingPublishesAtOnceWhenTheBrokerClosesTheConnectionAndRecoversByItself() throws Exception {
        BrokerSideFailure.assertNothingConfirmedIsLost(fixture, fixture.broker::closerOf);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
