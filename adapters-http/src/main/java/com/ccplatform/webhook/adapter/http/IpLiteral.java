package com.ccplatform.webhook.adapter.http;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals as proxies and `TRUSTED_PROXIES` write them, parsed by hand: {@link InetAddress#getByName}
 * would look a host name up in DNS, and `X-Forwarded-For` is written by whoever sends the request.
 */
final class IpLiteral {

    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile("(?:" + OCTET + "\\.){3}" + OCTET);
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Pattern PORT = Pattern.compile(":(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}"
            + "|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}|0)");

    private IpLiteral() {
    }

    /** A bare IPv4 or IPv6 address (no zone); an IPv4-mapped IPv6 address comes back as the IPv4 address it is. */
    static Optional<InetAddress> parse(String text) {
        byte[] bytes = text.indexOf(':') >= 0 ? ipv6(text) : ipv4(text);
        return Optional.ofNullable(bytes).map(IpLiteral::address);
    }

    /** One hop as proxies write it: also `[v6]`, `[v6]:port` and `v4:port`, blanks around it ignored. */
    static Optional<InetAddress> parseHop(String text) {
        String hop = text.strip();
        if (hop.startsWith("[")) {
            int close = hop.indexOf(']');
            String rest = close < 0 ? "" : hop.substring(close + 1);
            if (close < 0 || !(rest.isEmpty() || PORT.matcher(rest).matches())) {
                return Optional.empty();
            }
            String inside = hop.substring(1, close);
            return inside.indexOf(':') >= 0 ? parse(inside) : Optional.empty();
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && colon == hop.lastIndexOf(':')) {
            // one colon is never IPv6 (that needs two): an IPv4 address and a port
            return PORT.matcher(hop.substring(colon)).matches() ? parse(hop.substring(0, colon))
                    .filter(Inet4Address.class::isInstance) : Optional.empty();
        }
        return parse(hop);
    }

    private static byte[] ipv4(String text) {
        if (!IPV4.matcher(text).matches()) {
            return null;
        }
        String[] octets = text.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(octets[i]);
        }
        return bytes;
    }

    private static byte[] ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        List<Integer> head = groups(gap < 0 ? text : text.substring(0, gap), gap < 0);
        List<Integer> tail = gap < 0 ? List.of() : groups(text.substring(gap + 2), true);
        if (head == null || tail == null || (gap < 0 ? head.size() != 8 : head.size() + tail.size() > 7)) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.allocate(16);
        head.forEach(group -> bytes.putShort((short) group.intValue()));
        bytes.position(16 - 2 * tail.size());
        tail.forEach(group -> bytes.putShort((short) group.intValue()));
        return bytes.array();
    }

    /** The 16-bit groups of one side of `::`, a dotted IPv4 tail counting as two; null when malformed. */
    private static List<Integer> groups(String side, boolean mayEndInIpv4) {
        List<Integer> groups = new ArrayList<>();
        if (side.isEmpty()) {
            return groups;
        }
        String[] parts = side.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            if (mayEndInIpv4 && i == parts.length - 1 && parts[i].indexOf('.') >= 0) {
                byte[] v4 = ipv4(parts[i]);
                if (v4 == null) {
                    return null;
                }
                groups.add((v4[0] & 0xff) << 8 | (v4[1] & 0xff));
                groups.add((v4[2] & 0xff) << 8 | (v4[3] & 0xff));
            } else if (HEX_GROUP.matcher(parts[i]).matches()) {
                groups.add(Integer.parseInt(parts[i], 16));
            } else {
                return null;
            }
        }
        return groups;
    }

    private static InetAddress address(byte[] bytes) {
        try {
            // from raw bytes: never a lookup; an IPv4-mapped address comes back as an Inet4Address
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of 4 or 16 bytes is always valid", e);
        }
    }
}
