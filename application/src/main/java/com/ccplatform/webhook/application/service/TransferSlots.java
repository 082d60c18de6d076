package com.ccplatform.webhook.application.service;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.MediaTransferException;
import com.ccplatform.webhook.domain.media.MediaFailure;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most a fixed number of attachment transfers at once, all webhooks together: each holds the store's part buffers,
 * so a burst waits its turn instead of filling the heap. An attachment waits for a slot at most half of its share of
 * the time left (the time left over the attachments still to go), keeping the other half for the transfer itself;
 * past that it degrades with {@link MediaFailure#NO_TRANSFER_SLOT}.
 */
final class TransferSlots {

    /** One transfer, run while it holds a slot. */
    interface Transfer<T> {
        T run() throws MediaTransferException;
    }

    private final Semaphore slots;

    TransferSlots(int slots) {
        // fair: under a burst the attachment that waited longest goes next
        this.slots = new Semaphore(slots, true);
    }

    <T> T inTurn(Deadline deadline, int attachmentsLeft, Transfer<T> transfer) throws MediaTransferException {
        long patience = deadline.remaining().toNanos() / Math.max(1, attachmentsLeft) / 2;
        try {
            if (!slots.tryAcquire(patience, TimeUnit.NANOSECONDS)) {
                throw new MediaTransferException(MediaFailure.NO_TRANSFER_SLOT,
                        "every media transfer slot stayed taken for this attachment's share of the deadline");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaTransferException(MediaFailure.NO_TRANSFER_SLOT, "interrupted while waiting for a slot");
        }
        try {
            return transfer.run();
        } finally {
            slots.release();
        }
    }
}
