package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A body's bytes and its reservation: memory for what arrived, the budget for what was declared. */
class BodyBytesTest {

    private final BodyBudget budget = new BodyBudget(100);

    @Test
    void aDeclaredBodyReservesAllOfItWithItsFirstBytesAndHoldsOnlyWhatArrived() {
        BodyBytes body = new BodyBytes(budget, 60);

        assertThat(body.add(bytes("0123456789"))).isTrue();
        assertThat(body.add(bytes("abcdefghij"))).isTrue();

        assertThat(budget.reserved()).isEqualTo(60);
        assertThat(body.received()).isEqualTo(20);
        assertThat(new String(body.whole(), StandardCharsets.US_ASCII)).isEqualTo("0123456789abcdefghij");
    }

    @Test
    void aDeclaredBodyThatDoesNotFitIsRefusedAndKeepsNothing() {
        new BodyBytes(budget, 60).add(bytes("x"));
        BodyBytes second = new BodyBytes(budget, 50);

        assertThat(second.add(bytes("y"))).isFalse();
        assertThat(second.received()).isZero();
        assertThat(budget.reserved()).isEqualTo(60);
    }

    @Test
    void aChunkedBodyReservesAsItGrowsAndIsRefusedWhenTheBudgetIsSpent() {
        BodyBytes chunked = new BodyBytes(budget, -1);

        assertThat(chunked.add(ByteBuffer.wrap(new byte[70]))).isTrue();
        assertThat(chunked.add(ByteBuffer.wrap(new byte[30]))).isTrue();
        assertThat(chunked.add(ByteBuffer.wrap(new byte[1]))).isFalse();
        assertThat(budget.reserved()).isEqualTo(100);
    }

    @Test
    void givingBackReturnsTheWholeReservation() {
        BodyBytes body = new BodyBytes(budget, 80);
        body.add(bytes("abc"));

        body.giveBack();

        assertThat(body.reserved()).isZero();
        assertThat(budget.reserved()).isZero();
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    }
}
