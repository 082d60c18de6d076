package com.ccplatform.webhook.adapter.http;

import com.ccplatform.webhook.application.port.out.HealthProbe;

/** A dependency whose health the test sets. */
final class SwitchableProbe implements HealthProbe {

    private final String name;
    private volatile boolean healthy = true;

    SwitchableProbe(String name) {
        this.name = name;
    }

    void set(boolean up) {
        this.healthy = up;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProbeResult check() {
        return healthy ? ProbeResult.up("connected") : ProbeResult.down("connection refused");
    }
}
