package com.ccplatform.webhook.adapter.amqp;

import static com.ccplatform.webhook.application.testkit.EventPublisherContract.agentMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.PublishFailedException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The publisher against a broker that stops answering without closing anything ({@link FaultyAmqpProxy}): no caller
 * is held past its request's deadline, every publish fails by then, and nothing answered as confirmed is lost.
 */
class UnresponsiveBrokerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);
    /** A correctness bound, not a speed target: how far past its deadline a caller may get its answer. */
    private static final Duration TOLERANCE = Duration.ofSeconds(1);
    private static final Duration BUDGET = Duration.ofSeconds(20);

    private final PublisherFixture fixture = new PublisherFixture(TestBroker.get(), "unresponsive");
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    private FaultyAmqpProxy proxy;
    private AmqpSettings viaProxy;
    private RabbitMqEventPublisher publisher;

    @BeforeEach
    void start() throws IOException {
        proxy = FaultyAmqpProxy.start(fixture.broker.host(), fixture.broker.port());
        AmqpSettings direct = fixture.settings;
        viaProxy = new AmqpSettings("127.0.0.1", proxy.port(), direct.username(), direct.password(),
                direct.virtualHost(), direct.outboundQueue(), direct.statusQueue(), direct.exchange(),
                direct.queueType(), direct.declareTopology(), direct.channelPoolSize(), direct.connectionName());
    }

    @AfterEach
    void stop() throws Exception {
        try {
            fixture.close();
        } finally {
            proxy.close();
        }
    }

    @Test
    void everyCallReturnsAndFailsByItsDeadlineWhileTheConnectionIsSilentAndItCarriesOnAfterwards() throws Exception {
        publisher = fixture.publisher(viaProxy);
        confirm("msg-before-silence");
        proxy.stall();

        List<PublishFlood.Attempt> attempts = PublishFlood.run(publisher, 16, 400, 4, DEADLINE,
                Duration.ofSeconds(5), DEADLINE.plus(TOLERANCE).plus(Duration.ofSeconds(5)));

        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.returnedPastDeadline()).as("held the caller past its deadline")
                    .isLessThanOrEqualTo(TOLERANCE);
            assertThat(attempt.settled()).as("settled").isDone();
            assertThat(attempt.failure()).as("outcome").isInstanceOf(PublishFailedException.class);
            assertThat(attempt.settledPastDeadline()).as("failed past its deadline").isLessThanOrEqualTo(TOLERANCE);
        });
        assertThat(attempts).as("publishes that found the write queue full until their deadline: the flood filled it")
                .anySatisfy(attempt -> assertThat(attempt.failure()).hasMessageContaining("took no more data"));
        proxy.resume();
        assertThat(PublisherFixture.eventually(BUDGET, () -> publisher.check().healthy())).isTrue();
        confirm("msg-after-silence");
        assertThat(publisher.check().detail()).as("no half-sent command made the broker close the connection")
                .doesNotContain("recovered");
        assertNothingConfirmedIsLost();
    }

    @Test
    void failsAtOnceWhileTheBrokerBlocksPublishingAndCarriesOnOnceItUnblocks() throws Exception {
        publisher = fixture.publisher(viaProxy);
        confirm("msg-before-block");
        proxy.stall();
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        long inFlightDeadline = System.nanoTime() + DEADLINE.toNanos();
        for (int i = 0; i < 20; i++) {
            inFlight.add(publisher.publishAsync(agentMessage("msg-in-flight-" + i), Deadline.in(DEADLINE)));
        }
        proxy.block("low on memory (test)");

        assertThat(PublisherFixture.eventually(BUDGET, () -> publisher.check().detail().contains("blocked")))
                .as("the client heard connection.blocked: %s", publisher.check().detail()).isTrue();
        for (int i = 0; i < 20; i++) {
            CompletableFuture<Void> whileBlocked = publisher.publishAsync(agentMessage("msg-blocked-" + i),
                    Deadline.in(DEADLINE));
            assertThat(whileBlocked).as("failed at once while blocked").isCompletedExceptionally();
            assertThat(whileBlocked.handle((ok, failure) -> failure.getMessage()).join()).contains("blocked");
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).handle((ok, failure) -> null)
                .completeOnTimeout(null, BUDGET.toMillis(), TimeUnit.MILLISECONDS).join();
        assertThat(Duration.ofNanos(System.nanoTime() - inFlightDeadline)).as("in flight failed past the deadline")
                .isLessThanOrEqualTo(TOLERANCE);
        assertThat(inFlight).allSatisfy(publish -> assertThat(publish).isCompletedExceptionally());

        proxy.unblock();
        assertThat(PublisherFixture.eventually(BUDGET, () -> publisher.check().healthy())).isTrue();
        confirm("msg-after-block");
        assertThat(publisher.check().detail()).as("the same connection carried on").doesNotContain("recovered");
        assertNothingConfirmedIsLost();
    }

    @Test
    void cutsAConnectionThatTakesNoDataForTwoHeartbeatIntervalsAndANewOneCarriesOn() throws Exception {
        publisher = fixture.publisher(viaProxy, Duration.ofSeconds(1));
        confirm("msg-before-silence");
        proxy.stall();

        // 10 MB fills the socket: the client's I/O thread is then stuck writing and never checks heartbeats
        PublishFlood.run(publisher, 8, 12, 12, DEADLINE, Duration.ofSeconds(3), DEADLINE.plus(TOLERANCE));

        assertThat(PublisherFixture.eventually(BUDGET, () -> publisher.check().detail().contains("recovered")))
                .as("the silent connection was replaced: %s", publisher.check().detail()).isTrue();
        confirm("msg-after-silence");
        assertNothingConfirmedIsLost();
    }

    @Test
    void reopensAChannelTheBrokerClosedWithoutHoldingACallerWhileTheConnectionIsSilent() throws Exception {
        AmqpSettings viaExchange = viaProxy.withExchange("exchange-" + viaProxy.outboundQueue(),
                AmqpSettings.QueueType.CLASSIC, true);
        publisher = fixture.publisher(viaExchange);
        confirm("msg-before-channel-error");
        fixture.withChannel(channel -> channel.exchangeDelete(viaExchange.exchange()));
        CompletableFuture<Void> refused = publisher.publishAsync(agentMessage("msg-no-exchange"),
                Deadline.in(BUDGET));
        assertThat(refused).failsWithin(BUDGET); // 404: the broker closes that one channel
        proxy.stall();

        List<PublishFlood.Attempt> attempts = PublishFlood.run(publisher, 1, 8, 0, DEADLINE, BUDGET,
                DEADLINE.plus(TOLERANCE));

        assertThat(attempts).hasSize(8).allSatisfy(attempt -> assertThat(attempt.returnedPastDeadline())
                .as("held the caller past its deadline").isLessThanOrEqualTo(TOLERANCE));
        proxy.resume();
        fixture.withChannel(channel -> {
            channel.exchangeDeclare(viaExchange.exchange(), "direct", true);
            channel.queueBind(viaExchange.outboundQueue(), viaExchange.exchange(), viaExchange.outboundQueue());
        });
        for (int i = 0; i < 8; i++) {
            confirm("msg-after-channel-error-" + i);
        }
        assertNothingConfirmedIsLost();
        fixture.withChannel(channel -> channel.exchangeDelete(viaExchange.exchange()));
    }

    private void confirm(String id) throws PublishFailedException {
        publisher.publish(agentMessage(id), Deadline.in(BUDGET));
        confirmed.add(id);
    }

    private void assertNothingConfirmedIsLost() throws Exception {
        Set<String> inQueue = fixture.drain(fixture.settings.outboundQueue()).stream()
                .map(m -> m.getProps().getMessageId()).collect(Collectors.toSet());
        assertThat(inQueue).containsAll(confirmed);
    }
}
