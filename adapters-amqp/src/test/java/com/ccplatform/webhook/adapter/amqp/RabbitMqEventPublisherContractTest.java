package com.ccplatform.webhook.adapter.amqp;

import com.ccplatform.webhook.application.port.out.EventPublisher;
import com.ccplatform.webhook.application.testkit.EventPublisherContract;
import com.ccplatform.webhook.domain.publish.Destination;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The RabbitMQ adapter keeps the publisher contract against a real broker. */
class RabbitMqEventPublisherContractTest extends EventPublisherContract {

    private PublisherFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new PublisherFixture(TestBroker.get(), "contract");
        fixture.publisher();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Override
    protected EventPublisher publisher() {
        return fixture.publisher();
    }

    @Override
    protected List<String> deliveredTo(Destination destination) throws Exception {
        return fixture.drain(fixture.settings.queueFor(destination)).stream()
                .map(m -> m.getProps().getMessageId()).toList();
    }

    @Override
    protected void refusePublishesTo(Destination destination) throws Exception {
        fixture.deleteQueue(fixture.settings.queueFor(destination));
    }
}
