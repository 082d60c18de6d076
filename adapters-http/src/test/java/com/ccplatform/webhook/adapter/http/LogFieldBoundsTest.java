package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.Trace;
import com.ccplatform.webhook.domain.event.GenesysEventId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/** Issue 12, item 6: a value that came with the request is cut to 128 characters in the log line, however long. */
class LogFieldBoundsTest extends StubbedServerTest {

    final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    @BeforeEach
    void capture() {
        captured.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(captured);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(captured);
    }

    @Test
    void aNineKilobyteIdIsLoggedAsItsFirst128CharactersAndItsLength() throws Exception {
        String hugeId = "g".repeat(9 * 1024);
        ingest.answer(new IngestOutcome.Rejected(Trace.empty().withEvent(new GenesysEventId(hugeId), "Text", false),
                IngestOutcome.Reason.INVALID_EVENT, "d".repeat(500)));

        assertThat(running.postJson("/webhook", Webhooks.text("huge")).statusCode()).isEqualTo(400);

        List<KeyValuePair> fields = captured.list.stream().filter(e -> "webhook_processed".equals(e.getMessage()))
                .findFirst().orElseThrow().getKeyValuePairs();
        assertThat(fields).allSatisfy(field -> assertThat(String.valueOf(field.value).length())
                .as(field.key).isLessThanOrEqualTo(WebhookRecorder.MAX_FIELD_CHARS + 20));
        assertThat(fields).anySatisfy(field -> {
            assertThat(field.key).isEqualTo("genesys_id");
            assertThat(field.value).isEqualTo("g".repeat(128) + "...(9216 chars)");
        });
    }
}
