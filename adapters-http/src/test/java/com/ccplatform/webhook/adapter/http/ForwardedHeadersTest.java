package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which client a request is from and which scheme it used, when proxies in front say so: `X-Forwarded-For` walked from
 * the right (the left part is whatever the client sent), `X-Forwarded-Proto` as the nearest proxy set it, and both
 * only from a peer in `TRUSTED_PROXIES`.
 */
class ForwardedHeadersTest {

    private final ForwardedHeaders forwarded = new ForwardedHeaders(
            TrustedProxies.parse(List.of("10.0.0.0/8", "fd00::/8")));

    @Test
    void aPeerThatIsNotATrustedProxyIsTheClientWhateverItForwards() {
        assertThat(forwarded.client("203.0.113.9", List.of("198.51.100.7"))).isEqualTo("203.0.113.9");
        assertThat(new ForwardedHeaders(TrustedProxies.none()).client("10.0.0.2", List.of("198.51.100.7")))
                .isEqualTo("10.0.0.2");
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertThat(forwarded.client("10.0.0.2", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
    }

    @Test
    void entriesLeftOfTheFirstUntrustedAddressAreIgnoredBecauseTheClientWroteThem() {
        assertThat(forwarded.client("10.0.0.2", List.of("6.6.6.6, 198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(forwarded.client("10.0.0.2", List.of("10.9.9.9, 198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(forwarded.client("10.0.0.2", List.of("garbage, 198.51.100.7"))).isEqualTo("198.51.100.7");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedThrough() {
        assertThat(forwarded.client("10.0.0.2", List.of("6.6.6.6, 198.51.100.7, 10.0.0.5, 10.0.0.3")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void severalHeaderLinesAreOneListInOrder() {
        assertThat(forwarded.client("10.0.0.2", List.of("6.6.6.6", "198.51.100.7, 10.0.0.5")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
        assertThat(forwarded.client("10.0.0.2", List.of("10.0.0.9, 10.0.0.5"))).isEqualTo("10.0.0.9");
    }

    @Test
    void withoutTheHeaderTheTrustedPeerIsTheClient() {
        assertThat(forwarded.client("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"198.51.100.7, not-an-address", "", " , ", "unknown", "localhost", "198.51.100.7,,",
            "198.51.100.7, 10.0.0.5, _hidden", "1.2.3.4.5", "[2001:db8::7", "198.51.100.7 10.0.0.5"})
    void aMalformedHopWhereATrustedProxyWroteFallsBackToThePeer(String header) {
        assertThat(forwarded.client("10.0.0.2", List.of(header))).as("'%s'", header).isEqualTo("10.0.0.2");
    }

    @Test
    void readsIpv6HopsAndPeers() {
        assertThat(forwarded.client("[fd00::2]", List.of("2001:db8::7, fd00::5"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(forwarded.client("fd00::2", List.of("[2001:db8::7]:4711"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(forwarded.client("2001:db8::9", List.of("198.51.100.7"))).isEqualTo("2001:db8:0:0:0:0:0:9");
    }

    @Test
    void anIpv4MappedAddressIsTheSameClientAsItsIpv4Form() {
        assertThat(forwarded.client("::ffff:10.0.0.2", List.of("::ffff:198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(forwarded.client("::ffff:203.0.113.9", List.of())).isEqualTo("203.0.113.9");
        assertThat(forwarded.client("10.0.0.2", List.of("198.51.100.7:4711"))).isEqualTo("198.51.100.7");
    }

    @Test
    void forwardedProtoIsBelievedOnlyFromATrustedProxyAndAsTheNearestOneSetIt() {
        assertThat(forwarded.scheme("203.0.113.9", List.of("https"))).isEmpty();
        assertThat(forwarded.scheme("10.0.0.2", List.of("https"))).hasValue("https");
        assertThat(forwarded.scheme("10.0.0.2", List.of("HTTPS"))).hasValue("https");
        assertThat(forwarded.scheme("10.0.0.2", List.of("http, https"))).hasValue("https");
        assertThat(forwarded.scheme("10.0.0.2", List.of("https, http"))).hasValue("http");
        assertThat(forwarded.scheme("10.0.0.2", List.of("https", "http"))).hasValue("http");
        assertThat(forwarded.scheme("10.0.0.2", List.of())).isEmpty();
        assertThat(forwarded.scheme("10.0.0.2", List.of(" , "))).isEmpty();
    }
}
