package com.ccplatform.webhook.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 12, item 4: attachment transfers at once are bounded; one that cannot get a slot in time degrades. */
class TransferSlotsTest {

    private final TransferSlots slots = new TransferSlots(2);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHolders() {
        release.countDown();
    }

    @Test
    void aTransferPastTheSlotsDegradesWithNoTransferSlotBeforeItsDeadline() throws Exception {
        holdBothSlots();
        Deadline deadline = Deadline.in(Duration.ofSeconds(1));

        assertThatThrownBy(() -> slots.inTurn(deadline, 1, () -> "never"))
                .isInstanceOfSatisfying(MediaTransferException.class,
                        e -> assertThat(e.failure()).isEqualTo(MediaFailure.NO_TRANSFER_SLOT));
        assertThat(deadline.isExpired()).as("gave up with half its share still left for a transfer").isFalse();
    }

    @Test
    void aTransferTakesTheSlotFreedWhileItWaits() throws Exception {
        holdBothSlots();
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> inTurn(Deadline.in(
                Duration.ofSeconds(20))));
        Thread.sleep(100);

        release.countDown();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("moved");
    }

    @Test
    void aFailedTransferGivesItsSlotBack() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> slots.inTurn(Deadline.in(Duration.ofSeconds(1)), 1, () -> {
                throw new MediaTransferException(MediaFailure.UPLOAD_FAILED, "store down");
            })).isInstanceOf(MediaTransferException.class);
        }

        assertThat(slots.inTurn(Deadline.in(Duration.ofMillis(10)), 1, () -> "moved")).isEqualTo("moved");
        assertThat(slots.inTurn(Deadline.in(Duration.ofMillis(10)), 1, () -> "moved")).isEqualTo("moved");
    }

    private void holdBothSlots() throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            CompletableFuture.runAsync(() -> {
                try {
                    slots.inTurn(Deadline.in(Duration.ofSeconds(30)), 1, () -> {
                        holding.countDown();
                        awaitRelease();
                        return "held";
                    });
                } catch (MediaTransferException | RuntimeException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String inTurn(Deadline deadline) {
        try {
            return slots.inTurn(deadline, 1, () -> "moved");
        } catch (MediaTransferException e) {
            throw new IllegalStateException(e);
        }
    }
}
