package com.ccplatform.webhook.adapter.minio;

import com.ccplatform.webhook.application.port.out.HealthProbe.ProbeResult;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Keeps a health answer for a short while, so frequent `/health` calls cost one network check per period. */
final class CachedProbe {

    private record Answer(ProbeResult result, long atNanos) {
    }

    private final Supplier<ProbeResult> check;
    private final long keepNanos;
    private final LongSupplier nanoClock;
    private volatile Answer last;

    CachedProbe(Supplier<ProbeResult> check, Duration keep, LongSupplier nanoClock) {
        this.check = check;
        this.keepNanos = keep.toNanos();
        this.nanoClock = nanoClock;
    }

    ProbeResult get() {
        Answer answer = last;
        long now = nanoClock.getAsLong();
        if (answer == null || now - answer.atNanos() >= keepNanos) {
            answer = new Answer(check.get(), nanoClock.getAsLong());
            last = answer;
        }
        return answer.result();
    }
}
