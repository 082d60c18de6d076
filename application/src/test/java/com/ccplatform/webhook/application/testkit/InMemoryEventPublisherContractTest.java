package com.ccplatform.webhook.application.testkit;

import com.ccplatform.webhook.application.port.out.EventPublisher;
import com.ccplatform.webhook.domain.publish.Destination;
import com.ccplatform.webhook.domain.publish.PublishableEvent;
import java.util.List;

/** The in-memory twin keeps the same promises as the RabbitMQ adapter. */
class InMemoryEventPublisherContractTest extends EventPublisherContract {

    private final InMemoryEventPublisher publisher = new InMemoryEventPublisher();

    @Override
    protected EventPublisher publisher() {
        return publisher;
    }

    @Override
    protected List<String> deliveredTo(Destination destination) {
        return publisher.confirmedTo(destination).stream().map(PublishableEvent::deduplicationKey).toList();
    }

    @Override
    protected void refusePublishesTo(Destination destination) {
        publisher.failNextAttempts(Integer.MAX_VALUE);
    }
}
