package com.ccplatform.webhook.adapter.http;

import java.net.InetAddress;
import java.util.regex.Pattern;

/** One block of addresses, `address/prefix`, IPv4 or IPv6; a bare address is a block of one. */
final class Cidr {

    private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]{0,2}");
    /** An IPv4-mapped block is written with 128-bit prefixes, of which the first 96 are the mapping. */
    private static final int MAPPED_PREFIX = 96;

    private final byte[] network;
    private final int prefix;
    private final String text;

    private Cidr(byte[] network, int prefix, String text) {
        this.network = network;
        this.prefix = prefix;
        this.text = text;
    }

    /** @throws IllegalArgumentException quoting {@code entry} and what is wrong with it */
    static Cidr parse(String entry) {
        String trimmed = entry.strip();
        int slash = trimmed.indexOf('/');
        String written = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] network = IpLiteral.parse(written)
                .orElseThrow(() -> invalid(entry, "is not an IP address or address/prefix")).getAddress();
        int bits = network.length * 8;
        int prefix = slash < 0 ? bits : prefix(entry, trimmed.substring(slash + 1));
        if (slash >= 0 && written.indexOf(':') >= 0 && network.length == 4) {
            prefix -= MAPPED_PREFIX;
        }
        if (prefix < 0 || prefix > bits) {
            throw invalid(entry, "has a prefix outside the address's " + bits + " bits");
        }
        if (!hostBitsClear(network, prefix)) {
            throw invalid(entry, "has address bits set past its prefix");
        }
        return new Cidr(network, prefix, written + "/" + (slash < 0 ? bits : trimmed.substring(slash + 1)));
    }

    /** Whether {@code address} is in this block; IPv4 and IPv6 blocks never hold each other's addresses. */
    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        int mask = (0xff << (8 - rest)) & 0xff;
        return rest == 0 || (bytes[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public String toString() {
        return text;
    }

    private static int prefix(String entry, String digits) {
        if (!PREFIX.matcher(digits).matches()) {
            throw invalid(entry, "has a prefix that is not a whole number");
        }
        return Integer.parseInt(digits);
    }

    private static boolean hostBitsClear(byte[] network, int prefix) {
        for (int bit = prefix; bit < network.length * 8; bit++) {
            if ((network[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException invalid(String entry, String why) {
        return new IllegalArgumentException("'" + entry + "' " + why);
    }
}
