package com.ccplatform.webhook.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** `RABBITMQ_HOST` as a list of nodes: every form an operator may write, and one clear line for each mistake. */
class BrokerEndpointsTest {

    private static final OptionalInt NO_PORT = OptionalInt.empty();

    @Test
    void readsOneBareHostWithTheGivenPortAsBefore() {
        assertThat(BrokerEndpoints.parse("rabbitmq.messaging.svc", OptionalInt.of(5673), false))
                .containsExactly(BrokerEndpoint.plain("rabbitmq.messaging.svc", 5673));
        assertThat(BrokerEndpoints.parse(" rabbit ", NO_PORT, false))
                .containsExactly(BrokerEndpoint.plain("rabbit", 5672));
    }

    @Test
    void readsACommaSeparatedListInItsOrderEachEntryWithItsOwnPortOrTheDefault() {
        assertThat(BrokerEndpoints.parse("rabbit-0:5672, rabbit-1:5673,rabbit-2", OptionalInt.of(5999), false))
                .containsExactly(BrokerEndpoint.plain("rabbit-0", 5672), BrokerEndpoint.plain("rabbit-1", 5673),
                        BrokerEndpoint.plain("rabbit-2", 5999));
    }

    @Test
    void readsAmqpAndAmqpsAddressesAmqpsMeaningTlsOnPort5671ByDefault() {
        assertThat(BrokerEndpoints.parse("amqp://10.0.0.1:5672,AMQP://10.0.0.2/", NO_PORT, false))
                .containsExactly(BrokerEndpoint.plain("10.0.0.1", 5672), BrokerEndpoint.plain("10.0.0.2", 5672));
        assertThat(BrokerEndpoints.parse("amqps://rabbit-0:5671,amqps://rabbit-1", NO_PORT, false))
                .containsExactly(new BrokerEndpoint("rabbit-0", 5671, true),
                        new BrokerEndpoint("rabbit-1", 5671, true));
    }

    @Test
    void tlsSwitchedOnForTheListAppliesToEveryBareEntry() {
        assertThat(BrokerEndpoints.parse("rabbit-0,rabbit-1:6000", NO_PORT, true))
                .containsExactly(new BrokerEndpoint("rabbit-0", 5671, true),
                        new BrokerEndpoint("rabbit-1", 6000, true));
        assertThat(BrokerEndpoints.parse("amqps://rabbit-0,rabbit-1", NO_PORT, false)).extracting(BrokerEndpoint::tls)
                .containsOnly(true);
    }

    @Test
    void readsIpv6AddressesInBrackets() {
        assertThat(BrokerEndpoints.parse("[::1]:5672,[fe80::1%eth0],amqps://[2001:db8::7]:5671", NO_PORT, true))
                .containsExactly(new BrokerEndpoint("::1", 5672, true), new BrokerEndpoint("fe80::1%eth0", 5671, true),
                        new BrokerEndpoint("2001:db8::7", 5671, true));
        assertThat(new BrokerEndpoint("::1", 5672, false)).hasToString("[::1]:5672");
    }

    @Test
    void refusesEmptyEntriesNamingWhichOne() {
        assertRefused("rabbit-0,,rabbit-1", "address 2 is empty");
        assertRefused("rabbit-0,", "address 2 is empty");
        assertRefused(" , ", "address 1 is empty");
        assertRefused("   ", "no RabbitMQ address given");
    }

    @Test
    void refusesPortsThatAreNotANumberFrom1To65535() {
        assertRefused("rabbit-0:70000", "'rabbit-0:70000' has port '70000'; a port is a number from 1 to 65535");
        assertRefused("rabbit-0:0", "has port '0'");
        assertRefused("rabbit-0:", "has port ''");
        assertRefused("rabbit-0:56x", "has port '56x'");
        assertRefused("amqps://[::1]:-1", "has port '-1'");
    }

    @Test
    void refusesWhatIsNotAHostAnIpv6AddressWithoutBracketsAndForeignSchemes() {
        assertRefused("::1", "looks like an IPv6 address: put it in brackets");
        assertRefused("[::1", "is not a bracketed IPv6 address");
        assertRefused("[::1]x", "something other than :port after ]");
        assertRefused("rabbit 0", "does not start with a host name");
        assertRefused("http://rabbit-0", "scheme 'http://'; only amqp:// and amqps://");
        assertRefused("amqp://rabbit-0/prod", "give the virtual host in RABBITMQ_VHOST");
    }

    @Test
    void refusesUserInfoWithoutRepeatingIt() {
        assertThatThrownBy(() -> BrokerEndpoints.parse("amqps://admin:s3cret@rabbit-0:5671", NO_PORT, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("address 1 carries user info; give credentials in RABBITMQ_USERNAME and RABBITMQ_PASSWORD")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void refusesMixingPlainAndTlsNodes() {
        assertRefused("amqps://rabbit-0,amqp://rabbit-1", "'amqp://rabbit-1' asks for plain AMQP, but other addresses"
                + " are amqps://");
        assertThatThrownBy(() -> BrokerEndpoints.parse("amqp://rabbit-0", NO_PORT, true))
                .hasMessageContaining("asks for plain AMQP, but TLS is on");
        List<BrokerEndpoint> mixed = List.of(BrokerEndpoint.plain("a", 1), new BrokerEndpoint("b", 2, true));
        assertThatThrownBy(() -> AmqpSettings.defaults("a", 1).withEndpoints(mixed, Optional.empty()))
                .hasMessageContaining("all be spoken to in TLS or none");
    }

    private static void assertRefused(String list, String why) {
        assertThatThrownBy(() -> BrokerEndpoints.parse(list, NO_PORT, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
