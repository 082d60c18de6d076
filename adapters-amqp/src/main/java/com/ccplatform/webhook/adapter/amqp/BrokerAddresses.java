package com.ccplatform.webhook.adapter.amqp;

import com.rabbitmq.client.Address;
import com.rabbitmq.client.AddressResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The nodes a connection attempt tries, in turn, until one takes it. The order is the one given (bootstrap shuffles
 * the configured list once per instance, so replicas spread over the nodes); each attempt, the first and every
 * recovery, starts one node further along, so the attempt after a node went tries the others before it. The client's
 * own reshuffle of every attempt is turned off: it would undo both.
 */
final class BrokerAddresses implements AddressResolver {

    private final List<Address> addresses;
    private final AtomicInteger attempts = new AtomicInteger();

    BrokerAddresses(List<BrokerEndpoint> endpoints) {
        this.addresses = endpoints.stream().map(BrokerEndpoint::address).toList();
    }

    @Override
    public List<Address> getAddresses() {
        int start = Math.floorMod(attempts.getAndIncrement(), addresses.size());
        List<Address> order = new ArrayList<>(addresses.subList(start, addresses.size()));
        order.addAll(addresses.subList(0, start));
        return order;
    }

    @Override
    public List<Address> maybeShuffle(List<Address> input) {
        return input;
    }
}
