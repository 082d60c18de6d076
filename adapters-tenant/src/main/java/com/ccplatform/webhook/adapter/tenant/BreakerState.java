package com.ccplatform.webhook.adapter.tenant;

/** A circuit breaker's state as health checks and metrics show it. */
public enum BreakerState {
    CLOSED(0), HALF_OPEN(1), OPEN(2);

    private final int gaugeValue;

    BreakerState(int gaugeValue) {
        this.gaugeValue = gaugeValue;
    }

    /** 0 closed, 1 half-open, 2 open: the value for a gauge such as {@code circuit_breaker_state{dependency}}. */
    public int gaugeValue() {
        return gaugeValue;
    }
}
