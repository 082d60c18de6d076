package com.ccplatform.webhook.benchmark;

/** The bare broker's ceiling: confirmed publishes at max and at the fixed rate, for bodies of {@code bodyBytes}. */
public record BrokerFigures(PhaseResult warmup, PhaseResult maxRate, PhaseResult fixedRate, int bodyBytes) {
}
