package com.ccplatform.webhook.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Samples a process's resident memory (`VmRSS` in /proc) and its used heap (the Prometheus
 * `jvm_memory_used_bytes{area="heap"}` sum from `GET /metrics`, or `jcmd GC.heap_info` when that is absent)
 * twice a second, keeping the peak of the whole run and of the current window (one load phase).
 */
public final class ResourceSampler implements AutoCloseable {

    private static final long PERIOD_MILLIS = 500;

    private final long pid;
    private final HeapProbe heap;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakRss;
    private volatile long peakHeap;
    private volatile long windowRss;
    private volatile long windowHeap;

    private ResourceSampler(long pid, HeapProbe heap) {
        this.pid = pid;
        this.heap = heap;
        this.thread = new Thread(this::loop, "resource-sampler");
        this.thread.setDaemon(true);
    }

    public static ResourceSampler start(long pid, InetSocketAddress service) {
        ResourceSampler sampler = new ResourceSampler(pid, new HeapProbe(pid, service));
        sampler.thread.start();
        return sampler;
    }

    /** Starts a new window: its peaks start from the next sample. */
    public synchronized void beginWindow() {
        windowRss = 0;
        windowHeap = 0;
    }

    /** The window's peaks so far, and then the run's: RSS bytes and heap bytes. */
    public synchronized Peaks windowPeaks() {
        return new Peaks(windowRss, windowHeap);
    }

    public synchronized Peaks runPeaks() {
        return new Peaks(peakRss, peakHeap);
    }

    /** `VmHWM`: the highest RSS the kernel saw for the process over its whole life. */
    public long highWaterMark() {
        return statusField("VmHWM:");
    }

    public String heapSource() {
        return heap.source();
    }

    private void loop() {
        while (running) {
            long rss = statusField("VmRSS:");
            long used = heap.usedBytes();
            synchronized (this) {
                peakRss = Math.max(peakRss, rss);
                peakHeap = Math.max(peakHeap, used);
                windowRss = Math.max(windowRss, rss);
                windowHeap = Math.max(windowHeap, used);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(heap.slow() ? PERIOD_MILLIS * 4 : PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long statusField(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").trim()) * 1024;
                }
            }
        } catch (IOException | NumberFormatException processGone) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
        heap.close();
    }

    /** Peak resident memory and peak used heap, in bytes (0 when not measured). */
    public record Peaks(long rssBytes, long heapBytes) {
    }
}
