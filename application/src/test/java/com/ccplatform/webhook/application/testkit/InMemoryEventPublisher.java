package com.ccplatform.webhook.application.testkit;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.EventPublisher;
import com.ccplatform.webhook.application.port.out.PublishFailedException;
import com.ccplatform.webhook.domain.publish.Destination;
import com.ccplatform.webhook.domain.publish.PublishableEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The broker in memory: what was confirmed, per destination, and a way to make the next attempts fail. */
public final class InMemoryEventPublisher implements EventPublisher {

    private final List<PublishableEvent> confirmed = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToInject = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();

    /** The next {@code count} publish attempts fail as a nack would. */
    public void failNextAttempts(int count) {
        failuresToInject.set(count);
    }

    public int attempts() {
        return attempts.get();
    }

    public List<PublishableEvent> confirmed() {
        return List.copyOf(confirmed);
    }

    public List<PublishableEvent> confirmedTo(Destination destination) {
        return confirmed.stream().filter(e -> e.destination() == destination).toList();
    }

    @Override
    public void publish(PublishableEvent event, Deadline deadline) throws PublishFailedException {
        attempts.incrementAndGet();
        if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new PublishFailedException("in-memory broker nacked the event");
        }
        if (deadline.isExpired()) {
            throw new PublishFailedException("deadline passed before the confirm");
        }
        confirmed.add(event);
    }
}
