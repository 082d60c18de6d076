package com.ccplatform.webhook.domain.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.domain.event.DeliveryStatus;
import com.ccplatform.webhook.domain.event.EventTime;
import com.ccplatform.webhook.domain.event.GenesysEventId;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.event.Recipient;
import com.ccplatform.webhook.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishableEventTest {

    private static final TenantId TENANT = new TenantId("t");
    private static final IntegrationId INTEGRATION = new IntegrationId("i");
    private static final GenesysEventId ID = new GenesysEventId("msg-1");
    private static final EventTime TIME = new EventTime("2023-01-01T12:00:00.000Z");

    @Test
    void messageIsDeduplicatedByItsGenesysId() {
        AgentMessage m = new AgentMessage(TENANT, INTEGRATION, ID, TIME, "hi", new Recipient("c", "Phone"),
                List.of(), Optional.empty(), null);

        assertThat(m.deduplicationKey()).isEqualTo("msg-1");
        assertThat(m.destination()).isEqualTo(Destination.OUTBOUND);
    }

    @Test
    void receiptsOfOneMessageAreDeduplicatedPerStatus() {
        StatusUpdate delivered = status(DeliveryStatus.DELIVERED);
        StatusUpdate read = status(DeliveryStatus.READ);

        assertThat(delivered.deduplicationKey()).isEqualTo("msg-1:delivered");
        assertThat(read.deduplicationKey()).isNotEqualTo(delivered.deduplicationKey());
        assertThat(read.destination()).isEqualTo(Destination.STATUS);
        assertThat(read.eventType()).isEqualTo("read");
    }

    private static StatusUpdate status(DeliveryStatus status) {
        return new StatusUpdate(TENANT, INTEGRATION, ID, "msg-1", status, TIME, null, List.of(), null);
    }
}
