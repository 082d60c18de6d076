package com.ccplatform.webhook.adapter.embedded;

import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns Qpid's chatty INFO logging down to WARN when Logback is the SLF4J backend; does nothing otherwise. */
final class QuietLogging {

    private static final String[] BROKER_LOGGERS = {"org.apache.qpid", "qpid.message", "qpid.statistics"};

    private QuietLogging() {
    }

    // reflection keeps Logback a runtime choice of the application rather than a dependency of this adapter
    static void turnDownBrokerLoggers() {
        for (String name : BROKER_LOGGERS) {
            Logger logger = LoggerFactory.getLogger(name);
            try {
                Class<?> levelType = Class.forName("ch.qos.logback.classic.Level", true, logger.getClass().getClassLoader());
                Object warn = levelType.getField("WARN").get(null);
                Method setLevel = logger.getClass().getMethod("setLevel", levelType);
                setLevel.invoke(logger, warn);
            } catch (ReflectiveOperationException | LinkageError e) {
                return;
            }
        }
    }
}
