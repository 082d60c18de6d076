package com.ccplatform.webhook.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/**
 * One JSON object per log line (FRD 6.4.1): time, level, the service's name (`SERVICE_NAME`), logger, message, and
 * every SLF4J key-value pair as a top-level field, so `tenant_id`, `genesys_id`, `processing_time_ms`... can be
 * queried directly. Key-value fields carry ids and facts, many of them from requests: each is cut to
 * {@link #MAX_FIELD_CHARS}.
 */
public final class JsonLogLayout extends LayoutBase<ILoggingEvent> {

    static final int MAX_FIELD_CHARS = 128;

    /** Where the service's name is kept in the Logback context (its objects are safe to read from any thread). */
    private static final String SERVICE_NAME_KEY = "SERVICE_NAME";

    /** Names the service on every line this JVM logs from now on; nothing happens when Logback is not the backend. */
    static void nameService(String name) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            nameService(context, name);
        }
    }

    static void nameService(Context context, String name) {
        context.putObject(SERVICE_NAME_KEY, name);
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "timestamp", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        json.append(',');
        field(json, "level", event.getLevel().toString());
        json.append(',');
        field(json, "service", serviceName());
        json.append(',');
        field(json, "logger", event.getLoggerName());
        json.append(',');
        field(json, "message", event.getFormattedMessage());
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            for (KeyValuePair pair : pairs) {
                json.append(',');
                value(json.append('"').append(escape(pair.key)).append("\":"), bounded(pair.value));
            }
        }
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            json.append(',');
            field(json, "exception", ThrowableProxyUtil.asString(thrown));
        }
        return json.append("}\n").toString();
    }

    private String serviceName() {
        Object name = getContext() == null ? null : getContext().getObject(SERVICE_NAME_KEY);
        return name == null ? ServiceConfiguration.DEFAULT_SERVICE_NAME : name.toString();
    }

    private static Object bounded(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = value.toString();
        return text.length() > MAX_FIELD_CHARS
                ? text.substring(0, MAX_FIELD_CHARS) + "...(" + text.length() + " chars)" : text;
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":");
        value(json, value);
    }

    private static void value(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else {
            json.append('"').append(escape(value.toString())).append('"');
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }
}
