package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.out.HealthProbe;
import java.util.concurrent.atomic.AtomicInteger;

/** A dependency whose health the test sets, counting how often it is asked. */
final class SwitchableProbe implements HealthProbe {

    private final String name;
    private final AtomicInteger checks = new AtomicInteger();
    private volatile boolean healthy = true;

    SwitchableProbe(String name) {
        this.name = name;
    }

    void set(boolean up) {
        this.healthy = up;
    }

    int checks() {
        return checks.get();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProbeResult check() {
        checks.incrementAndGet();
        return healthy ? ProbeResult.up("connected") : ProbeResult.down("connection refused");
    }
}
