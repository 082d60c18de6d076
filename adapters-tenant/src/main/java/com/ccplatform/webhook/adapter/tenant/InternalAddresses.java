package com.ccplatform.webhook.adapter.tenant;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Addresses a download must not reach unless listed by name: loopback, private, link-local (cloud metadata at
 * 169.254.169.254), unspecified, multicast, carrier-grade NAT, reserved, and IPv6 unique-local space.
 */
final class InternalAddresses {

    private InternalAddresses() {
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isInternalV4(b);
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return true; // fc00::/7 unique local
        }
        InetAddress embedded = embeddedV4(b);
        return embedded != null && isInternal(embedded);
    }

    private static boolean isInternalV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0                                    // 0.0.0.0/8 "this network"
                || (first == 100 && (second & 0xc0) == 64)   // 100.64.0.0/10 carrier-grade NAT
                || (first == 192 && second == 0 && b[2] == 0) // 192.0.0.0/24 protocol assignments
                || (first == 198 && (second & 0xfe) == 18)   // 198.18.0.0/15 benchmarking
                || first >= 240;                             // 240.0.0.0/4 reserved, broadcast
    }

    /** The IPv4 address inside an IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6 address, else null. */
    private static InetAddress embeddedV4(byte[] b) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= b[i] == 0;
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        if (!compatible && !nat64) {
            return null;
        }
        try {
            return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
