package com.ccplatform.webhook.adapter.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Address;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which node each connection attempt tries first: the given order, one node further along per attempt. */
class BrokerAddressesTest {

    private static final List<BrokerEndpoint> NODES = List.of(BrokerEndpoint.plain("rabbit-2", 5672),
            BrokerEndpoint.plain("rabbit-0", 5672), BrokerEndpoint.plain("rabbit-1", 5673));

    @Test
    void firstAttemptTriesTheNodesInTheGivenOrderAndTheClientDoesNotReshuffleThem() throws Exception {
        BrokerAddresses addresses = new BrokerAddresses(NODES);

        List<Address> first = addresses.getAddresses();

        assertThat(first).extracting(Address::getHost).containsExactly("rabbit-2", "rabbit-0", "rabbit-1");
        assertThat(first).extracting(Address::getPort).containsExactly(5672, 5672, 5673);
        for (int i = 0; i < 20; i++) {
            assertThat(addresses.maybeShuffle(first)).isEqualTo(first);
        }
    }

    @Test
    void eachLaterAttemptStartsOneNodeFurtherSoTheNodeJustLostIsTriedLast() throws Exception {
        BrokerAddresses addresses = new BrokerAddresses(NODES);

        addresses.getAddresses();
        List<Address> afterTheFirstNodeWent = addresses.getAddresses();
        List<String> laterFirsts = List.of(first(addresses), first(addresses));

        assertThat(afterTheFirstNodeWent).extracting(Address::getHost)
                .containsExactly("rabbit-0", "rabbit-1", "rabbit-2");
        assertThat(laterFirsts).containsExactly("rabbit-1", "rabbit-2");
    }

    @Test
    void aSingleNodeIsAlwaysTheOneTried() throws Exception {
        BrokerAddresses addresses = new BrokerAddresses(List.of(BrokerEndpoint.plain("rabbitmq", 5672)));
        for (int i = 0; i < 3; i++) {
            assertThat(addresses.getAddresses()).containsExactly(new Address("rabbitmq", 5672));
        }
    }

    private static String first(BrokerAddresses addresses) throws Exception {
        return addresses.getAddresses().get(0).getHost();
    }
}
