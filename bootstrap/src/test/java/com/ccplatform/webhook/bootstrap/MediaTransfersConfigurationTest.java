package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 12, item 4: attachment transfers at once are sized from the heap and the store's part size. */
class MediaTransfersConfigurationTest {

    static final long MIB = 1024L * 1024;
    static final long PART = 5 * MIB;

    @Test
    void theProductionHeapAffordsTwoTransfersOfFiveMebibyteParts() {
        // -Xmx96m with the serial collector: 92.8 MiB usable; a quarter of it over 2 parts and 1 MiB of buffers
        assertThat(ServiceConfiguration.mediaTransfersFor(Math.round(92.8 * MIB), PART)).isEqualTo(2);
    }

    @Test
    void aLargerHeapAffordsMoreAndEveryHeapAtLeastOne() {
        assertThat(ServiceConfiguration.mediaTransfersFor(512 * MIB, PART)).isEqualTo(11);
        assertThat(ServiceConfiguration.mediaTransfersFor(16 * MIB, PART)).isEqualTo(1);
    }

    @Test
    void theLocalDirectoryStoreHoldsNoPartsButIsStillBounded() {
        assertThat(ServiceConfiguration.mediaTransfersFor(Math.round(92.8 * MIB), 0)).isEqualTo(23);
        assertThat(ServiceConfiguration.mediaTransfersFor(8L * 1024 * MIB, 0)).isEqualTo(64);
    }
}
