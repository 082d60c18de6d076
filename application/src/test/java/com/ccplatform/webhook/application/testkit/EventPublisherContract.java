package com.ccplatform.webhook.application.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.EventPublisher;
import com.ccplatform.webhook.application.port.out.PublishFailedException;
import com.ccplatform.webhook.domain.event.DeliveryStatus;
import com.ccplatform.webhook.domain.event.EventTime;
import com.ccplatform.webhook.domain.event.GenesysEventId;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.event.Recipient;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import com.ccplatform.webhook.domain.publish.Destination;
import com.ccplatform.webhook.domain.publish.PublishableEvent;
import com.ccplatform.webhook.domain.publish.StatusUpdate;
import com.ccplatform.webhook.domain.tenant.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventPublisher} promises: a return means the event reached its destination, a failure is a
 * {@link PublishFailedException}. Extend it once per implementation (the in-memory twin, the RabbitMQ adapter).
 */
public abstract class EventPublisherContract {

    private static final Duration BUDGET = Duration.ofSeconds(10);

    /** The publisher under test, with destinations no other test uses. */
    protected abstract EventPublisher publisher();

    /** The deduplication keys of every event that reached {@code destination} so far, in order; may drain it. */
    protected abstract List<String> deliveredTo(Destination destination) throws Exception;

    /** Makes the broker refuse publishes to {@code destination} from now on (a nack, a return, a lost queue). */
    protected abstract void refusePublishesTo(Destination destination) throws Exception;

    @Test
    void returnsOnlyOnceAnAgentMessageReachedTheOutboundDestination() throws Exception {
        AgentMessage message = agentMessage("msg-contract-1");

        publisher().publish(message, Deadline.in(BUDGET));

        assertThat(deliveredTo(Destination.OUTBOUND)).containsExactly(message.deduplicationKey());
    }

    @Test
    void sendsStatusUpdatesToTheStatusDestinationOnly() throws Exception {
        StatusUpdate update = statusUpdate("receipt-contract-1", DeliveryStatus.DELIVERED);

        publisher().publish(update, Deadline.in(BUDGET));

        assertThat(deliveredTo(Destination.STATUS)).containsExactly(update.deduplicationKey());
        assertThat(deliveredTo(Destination.OUTBOUND)).isEmpty();
    }

    @Test
    void failsWithoutDeliveringWhenTheDeadlineHasAlreadyPassed() throws Exception {
        Deadline passed = Deadline.in(Duration.ZERO);

        assertThatThrownBy(() -> publisher().publish(agentMessage("msg-late"), passed))
                .isInstanceOf(PublishFailedException.class);
        assertThat(deliveredTo(Destination.OUTBOUND)).isEmpty();
    }

    @Test
    void failsWithPublishFailedExceptionWhenTheBrokerRefusesTheEvent() throws Exception {
        refusePublishesTo(Destination.OUTBOUND);

        assertThatThrownBy(() -> publisher().publish(agentMessage("msg-refused"), Deadline.in(BUDGET)))
                .isInstanceOf(PublishFailedException.class);
    }

    @Test
    void deliversEachOfManyConcurrentPublishesExactlyOnce() throws Exception {
        List<String> expected = new ArrayList<>();
        List<Future<?>> publishes = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            for (int i = 0; i < 200; i++) {
                PublishableEvent event = i % 2 == 0 ? agentMessage("msg-many-" + i)
                        : statusUpdate("receipt-many-" + i, DeliveryStatus.READ);
                expected.add(event.deduplicationKey());
                publishes.add(callers.submit(() -> {
                    publisher().publish(event, Deadline.in(BUDGET));
                    return null;
                }));
            }
            for (Future<?> publish : publishes) {
                publish.get();
            }
        } finally {
            callers.shutdownNow();
        }
        List<String> delivered = new ArrayList<>(deliveredTo(Destination.OUTBOUND));
        delivered.addAll(deliveredTo(Destination.STATUS));
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void publishAsyncCompletesOnceTheEventReachedItsDestination() throws Exception {
        AgentMessage message = agentMessage("msg-async-1");

        CompletableFuture<Void> confirmed = publisher().publishAsync(message, Deadline.in(BUDGET));

        confirmed.get(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(deliveredTo(Destination.OUTBOUND)).containsExactly(message.deduplicationKey());
    }

    @Test
    void publishAsyncFailsWithPublishFailedExceptionWhenTheBrokerRefusesOrTheDeadlinePassed() throws Exception {
        CompletableFuture<Void> late = publisher().publishAsync(agentMessage("msg-async-late"),
                Deadline.in(Duration.ZERO));
        assertThatThrownBy(() -> late.get(BUDGET.toMillis(), TimeUnit.MILLISECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(PublishFailedException.class);

        refusePublishesTo(Destination.OUTBOUND);
        CompletableFuture<Void> refused = publisher().publishAsync(agentMessage("msg-async-refused"),
                Deadline.in(BUDGET));
        assertThatThrownBy(() -> refused.get(BUDGET.toMillis(), TimeUnit.MILLISECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(PublishFailedException.class);
    }

    @Test
    void manyPublishesInFlightAtOnceFromOneThreadAreEachDeliveredExactlyOnce() throws Exception {
        List<String> expected = new ArrayList<>();
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            PublishableEvent event = i % 2 == 0 ? agentMessage("msg-inflight-" + i)
                    : statusUpdate("receipt-inflight-" + i, DeliveryStatus.READ);
            expected.add(event.deduplicationKey());
            inFlight.add(publisher().publishAsync(event, Deadline.in(BUDGET)));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .get(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        List<String> delivered = new ArrayList<>(deliveredTo(Destination.OUTBOUND));
        delivered.addAll(deliveredTo(Destination.STATUS));
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** An agent message with text only, for tests that need any outbound event. */
    public static AgentMessage agentMessage(String genesysId) {
        return new AgentMessage(new TenantId("tenant-contract"), new IntegrationId("integration-contract"),
                new GenesysEventId(genesysId), new EventTime("2023-01-01T12:00:00.000Z"), "Hello, how can I help you?",
                new Recipient("919876543210", "Phone"), List.of(), Optional.empty(), null);
    }

    /** A status update of {@code status} for an earlier message. */
    public static StatusUpdate statusUpdate(String genesysId, DeliveryStatus status) {
        return new StatusUpdate(new TenantId("tenant-contract"), new IntegrationId("integration-contract"),
                new GenesysEventId(genesysId), "msg-original", status, new EventTime("2023-01-01T12:01:00.000Z"),
                null, List.of(), null);
    }
}
