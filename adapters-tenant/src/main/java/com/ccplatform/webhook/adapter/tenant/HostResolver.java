package com.ccplatform.webhook.adapter.tenant;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into its addresses; the system's DNS in production, a fixed table in tests. */
@FunctionalInterface
interface HostResolver {

    InetAddress[] resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
