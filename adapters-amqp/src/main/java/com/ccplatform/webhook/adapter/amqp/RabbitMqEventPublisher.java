package com.ccplatform.webhook.adapter.amqp;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.EventPublisher;
import com.ccplatform.webhook.application.port.out.HealthProbe;
import com.ccplatform.webhook.application.port.out.PublishFailedException;
import com.ccplatform.webhook.domain.publish.PublishableEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes events to RabbitMQ, settled only by the broker's confirm of this very event: persistent, mandatory,
 * on a small pool of confirm channels shared by all callers, without a thread waiting per publish
 * ({@link #publishAsync}). Never retries; the use case decides that.
 */
public final class RabbitMqEventPublisher implements EventPublisher, HealthProbe, AutoCloseable {

    /** How long {@link #close()} waits for confirms still outstanding. */
    public static final Duration DEFAULT_CLOSE_GRACE = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(RabbitMqEventPublisher.class);

    private final AmqpSettings settings;
    private final Clock clock;
    private final BrokerConnection broker;

    /**
     * Connects and declares the topology; when the broker is unreachable it returns anyway, reports unhealthy and
     * keeps connecting in the background.
     *
     * @throws AmqpTopologyException when the broker answers but the queues exist with other arguments
     */
    public RabbitMqEventPublisher(AmqpSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** As {@link #RabbitMqEventPublisher(AmqpSettings)}, with the clock that stamps each message's timestamp. */
    public RabbitMqEventPublisher(AmqpSettings settings, Clock clock) {
        this(settings, clock, ConnectionFactories.HEARTBEAT);
    }

    /** Requesting {@code heartbeat} (whole seconds) instead of 20 s: for tests that cannot wait two intervals. */
    RabbitMqEventPublisher(AmqpSettings settings, Clock clock, Duration heartbeat) {
        this.settings = settings;
        this.clock = clock;
        this.broker = new BrokerConnection(settings, heartbeat);
        broker.start();
    }

    @Override
    public void publish(PublishableEvent event, Deadline deadline) throws PublishFailedException {
        try {
            publishAsync(event, deadline).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof PublishFailedException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /**
     * Sends on the caller's thread, waiting no later than the deadline for a free channel (with every channel closed
     * by the broker, for one to be reopened) and for room to queue the whole message (else sending nothing); the stage
     * completes on the client's I/O thread when the broker acks, or fails with {@link PublishFailedException} on a
     * nack, a return, a lost channel or, on the JDK's timer thread, at the deadline.
     */
    @Override
    public CompletableFuture<Void> publishAsync(PublishableEvent event, Deadline deadline) {
        if (deadline.isExpired()) {
            return CompletableFuture.failedFuture(
                    new PublishFailedException("deadline passed before publishing to RabbitMQ"));
        }
        ConfirmChannelPool channels;
        try {
            channels = broker.channels();
        } catch (PublishFailedException e) {
            // not connected, or the broker blocked publishing (an alarm)
            return CompletableFuture.failedFuture(e);
        }
        AmqpMessage message = AmqpMessage.of(event, settings, clock.instant());
        String queue = message.routingKey();
        long deadlineNanos = System.nanoTime() + deadline.remaining().toNanos();
        CompletableFuture<Void> confirm = channels.publish(settings.exchange(), message, deadlineNanos);
        // A dependent stage: the timeout must not complete the channel's own future, which its ack still settles.
        return confirm.thenApply(ok -> ok)
                .orTimeout(Math.max(1, deadline.remaining().toNanos()), TimeUnit.NANOSECONDS)
                .handle((ok, failure) -> {
                    if (failure != null) {
                        throw new CompletionException(asPublishFailure(failure, queue));
                    }
                    return null;
                });
    }

    private static PublishFailedException asPublishFailure(Throwable failure, String queue) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            return new PublishFailedException("no confirm from RabbitMQ before the deadline [queue " + queue + "]",
                    cause);
        }
        return new PublishFailedException(cause.getMessage() + " [queue " + queue + "]", cause);
    }

    @Override
    public String name() {
        return "rabbitmq";
    }

    @Override
    public ProbeResult check() {
        return broker.usable() ? ProbeResult.up(broker.state()) : ProbeResult.down(broker.state());
    }

    /** Closes after waiting up to {@link #DEFAULT_CLOSE_GRACE} for outstanding confirms. */
    @Override
    public void close() {
        close(DEFAULT_CLOSE_GRACE);
    }

    /**
     * Refuses new publishes, waits up to {@code grace} for the confirms still outstanding, then closes the connection.
     *
     * @return true when every outstanding publish was settled before the connection closed
     */
    public boolean close(Duration grace) {
        ConfirmChannelPool channels = broker.stopConnecting();
        boolean settled = channels == null || awaitAll(channels.outstanding(), grace);
        if (!settled) {
            LOG.warn("RabbitMQ publisher closing with confirms still outstanding after {} ms", grace.toMillis());
        }
        broker.close(Math.max(1_000, grace.toMillis()));
        return settled;
    }

    private static boolean awaitAll(List<CompletableFuture<Void>> confirms, Duration grace) {
        try {
            CompletableFuture.allOf(confirms.toArray(CompletableFuture[]::new))
                    .handle((ok, failure) -> null)
                    .get(grace.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
