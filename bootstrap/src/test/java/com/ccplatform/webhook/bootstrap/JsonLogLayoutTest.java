package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

class JsonLogLayoutTest {

    @Test
    void rendersKeyValuesAsTopLevelFieldsOnOneLine() {
        LoggerContext context = new LoggerContext();
        Logger logger = context.getLogger("com.ccplatform.webhook.test");
        LoggingEvent event = new LoggingEvent("x", logger, Level.INFO, "webhook_processed", null, null);
        event.addKeyValuePair(new KeyValuePair("tenant_id", "uuid-5678"));
        event.addKeyValuePair(new KeyValuePair("processing_time_ms", 12.5));
        event.addKeyValuePair(new KeyValuePair("echo_filtered", false));
        event.addKeyValuePair(new KeyValuePair("note", "line\nbreak \"quoted\""));

        String line = new JsonLogLayout().doLayout(event);

        assertThat(line).endsWith("}\n").doesNotContain("\n{").hasLineCount(1);
        assertThat(line).contains("\"level\":\"INFO\"", "\"message\":\"webhook_processed\"",
                "\"tenant_id\":\"uuid-5678\"", "\"processing_time_ms\":12.5", "\"echo_filtered\":false",
                "\"note\":\"line\\nbreak \\\"quoted\\\"\"");
    }

    @Test
    void cutsEveryKeyValueTo128CharactersSoNoRequestCanMakeALineAsLargeAsItLikes() {
        LoggerContext context = new LoggerContext();
        Logger logger = context.getLogger("com.ccplatform.webhook.test");
        LoggingEvent event = new LoggingEvent("x", logger, Level.WARN, "media_processed", null, null);
        event.addKeyValuePair(new KeyValuePair("attachment_id", "a".repeat(9000)));
        event.addKeyValuePair(new KeyValuePair("short", "b".repeat(128)));

        String line = new JsonLogLayout().doLayout(event);

        assertThat(line).contains("\"attachment_id\":\"" + "a".repeat(128) + "...(9000 chars)\"",
                "\"short\":\"" + "b".repeat(128) + "\"");
        assertThat(line.length()).isLessThan(600);
    }

    @Test
    void namesTheServiceTheContextWasGiven() {
        LoggerContext context = new LoggerContext();
        JsonLogLayout.nameService(context, "webhooks-eu-west-1");
        JsonLogLayout layout = new JsonLogLayout();
        layout.setContext(context);

        String line = layout.doLayout(new LoggingEvent("x", context.getLogger("com.ccplatform.webhook.test"), Level.INFO,
                "service_started", null, null));

        assertThat(line).startsWith("{\"timestamp\":").contains("\"service\":\"webhooks-eu-west-1\"");
    }

    @Test
    void namesGenesysWebhookServiceWhenNoNameWasGiven() {
        LoggerContext context = new LoggerContext();
        JsonLogLayout layout = new JsonLogLayout();
        layout.setContext(context);

        String line = layout.doLayout(new LoggingEvent("x", context.getLogger("com.ccplatform.webhook.test"), Level.INFO,
                "service_started", null, null));

        assertThat(line).contains("\"service\":\"genesys-webhook-service\"");
    }
}
