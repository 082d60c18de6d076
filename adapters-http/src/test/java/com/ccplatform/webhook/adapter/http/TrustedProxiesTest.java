package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `TRUSTED_PROXIES`: CIDRs, IPv4 and IPv6, a bare address being a single host. */
class TrustedProxiesTest {

    @Test
    void trustsAddressesInsideAnIpv4Block() {
        TrustedProxies proxies = TrustedProxies.parse(List.of("10.0.0.0/8", "172.16.0.0/12"));

        assertThat(proxies.trusts(address("10.255.1.2"))).isTrue();
        assertThat(proxies.trusts(address("172.31.255.255"))).isTrue();
        assertThat(proxies.trusts(address("172.32.0.0"))).isFalse();
        assertThat(proxies.trusts(address("11.0.0.1"))).isFalse();
        assertThat(proxies.trusts(address("9.255.255.255"))).isFalse();
    }

    @Test
    void aBareAddressIsOneHost() {
        TrustedProxies proxies = TrustedProxies.parse(List.of("192.168.1.10", "2001:db8::1"));

        assertThat(proxies.trusts(address("192.168.1.10"))).isTrue();
        assertThat(proxies.trusts(address("192.168.1.11"))).isFalse();
        assertThat(proxies.trusts(address("2001:db8::1"))).isTrue();
        assertThat(proxies.trusts(address("2001:db8::2"))).isFalse();
    }

    @Test
    void trustsAddressesInsideAnIpv6Block() {
        TrustedProxies proxies = TrustedProxies.parse(List.of("2001:db8::/33", "fd00::/8"));

        assertThat(proxies.trusts(address("2001:db8:7fff:ffff::1"))).isTrue();
        assertThat(proxies.trusts(address("2001:db8:8000::1"))).isFalse();
        assertThat(proxies.trusts(address("fdff::1"))).isTrue();
        assertThat(proxies.trusts(address("fe00::1"))).isFalse();
    }

    @Test
    void anIpv4MappedIpv6AddressMatchesItsIpv4BlockAndAMappedBlockIsItsIpv4Block() {
        assertThat(TrustedProxies.parse(List.of("10.0.0.0/8")).trusts(address("::ffff:10.1.2.3"))).isTrue();
        TrustedProxies mapped = TrustedProxies.parse(List.of("::ffff:10.0.0.0/104"));

        assertThat(mapped.trusts(address("10.200.0.1"))).isTrue();
        assertThat(mapped.trusts(address("11.0.0.1"))).isFalse();
    }

    @Test
    void oneFamilyNeverMatchesTheOther() {
        TrustedProxies everything = TrustedProxies.parse(List.of("0.0.0.0/0"));

        assertThat(everything.trusts(address("203.0.113.1"))).isTrue();
        assertThat(everything.trusts(address("2001:db8::1"))).isFalse();
        assertThat(TrustedProxies.parse(List.of("::/0")).trusts(address("203.0.113.1"))).isFalse();
    }

    @Test
    void noneTrustsNobodyNotEvenLoopback() {
        assertThat(TrustedProxies.none().trusts(address("127.0.0.1"))).isFalse();
        assertThat(TrustedProxies.none().trusts(address("::1"))).isFalse();
        assertThat(TrustedProxies.parse(List.of()).trusts(address("127.0.0.1"))).isFalse();
    }

    @Test
    void describesItselfByItsBlocks() {
        assertThat(TrustedProxies.parse(List.of("10.0.0.0/8", "::1")).toString()).isEqualTo("10.0.0.0/8, ::1/128");
        assertThat(TrustedProxies.none().toString()).isEqualTo("none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/", "10.0.0.0/8/8", "10.0.0.0/x",
            "10.0.0.1/8", "2001:db8::/129", "2001:db8::1/32", "10.0.0", "proxy.internal", "localhost",
            "::ffff:10.0.0.0/95", "[::1]", "10.0.0.0/08"})
    void refusesWhatIsNotABlockAndNamesIt(String entry) {
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("10.0.0.0/8", entry)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + entry + "'");
    }

    private static InetAddress address(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }
}
