package com.ccplatform.webhook.adapter.http;

import java.net.InetAddress;
import java.util.List;
import java.util.stream.Collectors;

/**
 * `TRUSTED_PROXIES`: the address blocks of the proxies in front of the service, whose `X-Forwarded-For` and
 * `X-Forwarded-Proto` are believed. By default nobody: from any other peer those headers are ignored.
 */
public final class TrustedProxies {

    private static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Cidr> blocks;

    private TrustedProxies(List<Cidr> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** Trusts nobody. */
    public static TrustedProxies none() {
        return NONE;
    }

    /**
     * Blocks written as `10.0.0.0/8`, `2001:db8::/32` or a bare address (`/32`, `/128`).
     *
     * @throws IllegalArgumentException quoting the first entry that is not an address or block
     */
    public static TrustedProxies parse(List<String> entries) {
        return new TrustedProxies(entries.stream().map(Cidr::parse).toList());
    }

    boolean trusts(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }

    @Override
    public String toString() {
        return blocks.isEmpty() ? "none" : blocks.stream().map(Cidr::toString).collect(Collectors.joining(", "));
    }
}
