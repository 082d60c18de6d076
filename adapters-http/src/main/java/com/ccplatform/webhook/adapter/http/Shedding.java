package com.ccplatform.webhook.adapter.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhooks refused with 503 to protect the pod: counted in `webhook_shed_total{reason}` and told in the log at most
 * once per {@link #LOG_EVERY_NANOS} (with the counts since the last line), because a line per refusal would make the
 * logging the next thing to overload.
 */
final class Shedding {

    /** Why a webhook was shed. */
    enum Reason {
        /** more webhooks in flight than `MAX_IN_FLIGHT_WEBHOOKS` */
        IN_FLIGHT_LIMIT,
        /** it waited a quarter of its deadline in the server's queue before it could start */
        QUEUE_WAIT,
        /** its body would pass the request body budget */
        BODY_BUDGET;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Shedding.class);
    private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Map<Reason, Counter> counters = new EnumMap<>(Reason.class);
    private final Map<Reason, AtomicLong> sinceLastLine = new EnumMap<>(Reason.class);
    private final LongSupplier nanoTime;
    private final AtomicLong lastLine;

    Shedding(MeterRegistry registry, LongSupplier nanoTime) {
        for (Reason reason : Reason.values()) {
            counters.put(reason, Counter.builder("webhook.shed")
                    .description("Webhooks answered 503 at once to keep the pod within its memory and deadline")
                    .tag("reason", reason.label()).register(registry));
            sinceLastLine.put(reason, new AtomicLong());
        }
        this.nanoTime = nanoTime;
        this.lastLine = new AtomicLong(nanoTime.getAsLong() - LOG_EVERY_NANOS);
    }

    /** Counts one shed webhook and returns the answer it gets. */
    WebhookReply shed(Reason reason) {
        counters.get(reason).increment();
        sinceLastLine.get(reason).incrementAndGet();
        long now = nanoTime.getAsLong();
        long last = lastLine.get();
        if (now - last >= LOG_EVERY_NANOS && lastLine.compareAndSet(last, now)) {
            logCounts();
        }
        return WebhookReply.SHED;
    }

    private void logCounts() {
        var line = LOG.atWarn().setMessage("webhooks_shed");
        for (Reason reason : Reason.values()) {
            line = line.addKeyValue(reason.label(), sinceLastLine.get(reason).getAndSet(0));
        }
        line.log();
    }
}
