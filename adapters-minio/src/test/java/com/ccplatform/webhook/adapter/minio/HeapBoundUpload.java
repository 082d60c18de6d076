package com.ccplatform.webhook.adapter.minio;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.testkit.GeneratedAttachment;
import com.ccplatform.webhook.domain.media.MimeType;
import com.ccplatform.webhook.domain.media.ObjectKey;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.UUID;

/**
 * One upload through {@link MinioMediaStore} in a JVM of its own, so a test can give it a small heap. Arguments:
 * endpoint, access key, secret key, bucket, mode, size. Mode {@code streamed} feeds a generated stream (as the use
 * case feeds a download); mode {@code held} first puts the whole attachment in one array, as a store that buffered
 * would. Prints the key and the peak heap, exits 0 when the upload succeeded.
 */
public final class HeapBoundUpload {

    private HeapBoundUpload() {
    }

    public static void main(String[] args) throws Exception {
        MinioSettings settings = MinioSettings.defaults(args[0], args[1], args[2]).withBucket(args[3]);
        boolean held = args[4].equals("held");
        int size = Integer.parseInt(args[5]);
        ObjectKey key = new ObjectKey("heap/" + UUID.randomUUID() + ".bin");
        try (MinioMediaStore store = new MinioMediaStore(settings)) {
            resetPeaks();
            InputStream source = held
                    ? new ByteArrayInputStream(GeneratedAttachment.bytes(size))
                    : GeneratedAttachment.of(size);
            store.store(key, new MimeType("application/octet-stream"), source, Deadline.in(Duration.ofMinutes(2)));
            System.out.println("stored " + key + " peak-heap-bytes=" + peakHeapBytes());
        }
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of each heap pool's peak since the reset: an upper bound of the heap in use at any moment. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
