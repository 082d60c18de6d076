package com.ccplatform.webhook.systemtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import com.ccplatform.webhook.bootstrap.JsonLogLayout;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/**
 * Every log event of a suite, the service's own at DEBUG included, caught on the root logger; the console keeps its
 * configured level. {@link #assertNoneContains} looks at all that could reach a log file: the message, arguments,
 * key-values, MDC, exception messages, and the JSON line the service's layout writes.
 */
final class CapturedLogs {

    private static final String SERVICE_LOGGER = "com.ccplatform.webhook";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Level serviceLevel;
    private final List<Appender<ILoggingEvent>> quietened = new ArrayList<>();

    private CapturedLogs() {
        Logger service = context().getLogger(SERVICE_LOGGER);
        serviceLevel = service.getLevel();
        for (Iterator<Appender<ILoggingEvent>> it = root().iteratorForAppenders(); it.hasNext(); ) {
            Appender<ILoggingEvent> existing = it.next();
            ThresholdFilter filter = new ThresholdFilter();
            filter.setLevel(service.getEffectiveLevel().toString());
            filter.start();
            existing.addFilter(filter);
            quietened.add(existing);
        }
        service.setLevel(Level.DEBUG);
        appender.setContext(context());
        appender.start();
        root().addAppender(appender);
    }

    static CapturedLogs start() {
        return new CapturedLogs();
    }

    void stop() {
        root().detachAppender(appender);
        appender.stop();
        context().getLogger(SERVICE_LOGGER).setLevel(serviceLevel);
        quietened.forEach(Appender::clearAllFilters);
    }

    /** Fails on the first captured text holding any of {@code forbidden}; prints how much was looked at. */
    void assertNoneContains(Collection<String> forbidden) {
        assertThat(forbidden).allSatisfy(secret -> assertThat(secret).as("a forbidden string long enough to mean "
                + "something").hasSizeGreaterThanOrEqualTo(8));
        JsonLogLayout layout = new JsonLogLayout();
        List<ILoggingEvent> events = events();
        assertThat(events).as("the suite logged something to check").isNotEmpty();
        for (ILoggingEvent event : events) {
            List<String> texts = textsOf(event);
            texts.add(layout.doLayout(event));
            for (String text : texts) {
                for (String secret : forbidden) {
                    assertThat(text).as("log event %s", event.getMessage()).doesNotContain(secret);
                }
            }
        }
        long debug = events.stream().filter(e -> e.getLevel().toInt() <= Level.DEBUG_INT).count();
        System.out.println("[hostile] logs: events=" + events.size() + " (debug=" + debug + ") forbidden strings="
                + forbidden.size() + " found=0");
    }

    private List<ILoggingEvent> events() {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    private static List<String> textsOf(ILoggingEvent event) {
        List<String> texts = new ArrayList<>();
        texts.add(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            for (Object argument : event.getArgumentArray()) {
                texts.add(String.valueOf(argument));
            }
        }
        if (event.getKeyValuePairs() != null) {
            for (KeyValuePair pair : event.getKeyValuePairs()) {
                texts.add(pair.key + "=" + pair.value);
            }
        }
        texts.add(String.valueOf(event.getMDCPropertyMap()));
        addThrown(event.getThrowableProxy(), texts);
        return texts;
    }

    private static void addThrown(IThrowableProxy thrown, List<String> texts) {
        if (thrown == null) {
            return;
        }
        texts.add(thrown.getClassName() + ": " + thrown.getMessage());
        addThrown(thrown.getCause(), texts);
        for (IThrowableProxy suppressed : thrown.getSuppressed()) {
            addThrown(suppressed, texts);
        }
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }

    private static Logger root() {
        return context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
