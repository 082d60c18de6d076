package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Address literals as proxies write them, parsed without ever asking DNS. */
class IpLiteralTest {

    @Test
    void readsIpv4AndIpv6() {
        assertThat(IpLiteral.parse("198.51.100.7")).hasValueSatisfying(a -> {
            assertThat(a).isInstanceOf(Inet4Address.class);
            assertThat(a.getHostAddress()).isEqualTo("198.51.100.7");
        });
        assertThat(IpLiteral.parse("2001:db8::7").map(InetAddress::getHostAddress)).hasValue("2001:db8:0:0:0:0:0:7");
        assertThat(IpLiteral.parse("::").map(InetAddress::getHostAddress)).hasValue("0:0:0:0:0:0:0:0");
        assertThat(IpLiteral.parse("1:2:3:4:5:6:7:8").map(InetAddress::getHostAddress)).hasValue("1:2:3:4:5:6:7:8");
        assertThat(IpLiteral.parse("64:ff9b::198.51.100.7")).get().isInstanceOf(Inet6Address.class);
    }

    @Test
    void readsAnIpv4MappedIpv6AddressAsTheIpv4AddressItIs() {
        assertThat(IpLiteral.parse("::ffff:198.51.100.7").map(InetAddress::getHostAddress)).hasValue("198.51.100.7");
        assertThat(IpLiteral.parse("::FFFF:c633:6407").map(InetAddress::getHostAddress)).hasValue("198.51.100.7");
    }

    @Test
    void readsAHopWithBracketsOrAPort() {
        assertThat(IpLiteral.parseHop(" [2001:db8::7]:4711 ").map(InetAddress::getHostAddress))
                .hasValue("2001:db8:0:0:0:0:0:7");
        assertThat(IpLiteral.parseHop("[::1]").map(InetAddress::getHostAddress)).hasValue("0:0:0:0:0:0:0:1");
        assertThat(IpLiteral.parseHop("198.51.100.7:4711").map(InetAddress::getHostAddress)).hasValue("198.51.100.7");
        assertThat(IpLiteral.parseHop("2001:db8::7").map(InetAddress::getHostAddress))
                .hasValue("2001:db8:0:0:0:0:0:7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "localhost", "example.com", "unknown", "_hidden", "1.2.3", "1.2.3.4.5",
            "256.0.0.1", "01.2.3.4", "1.2.3.-4", "0x7f.0.0.1", "2130706433", "1:2:3:4:5:6:7:8:9", "1::2::3",
            ":1:2", "1:2:", "12345::", "fe80::1%eth0", "::ffff:256.1.1.1", "[1.2.3.4]", "[::1", "::1]",
            "198.51.100.7:", "198.51.100.7:99999", "[::1]:x", "g::1", "1.2.3.4 5.6.7.8", "ａ::1"})
    void refusesAnythingElse(String text) {
        assertThat(IpLiteral.parseHop(text)).as("'%s'", text).isEmpty();
    }
}
