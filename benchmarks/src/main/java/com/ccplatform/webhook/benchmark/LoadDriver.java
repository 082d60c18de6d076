package com.ccplatform.webhook.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Drives senders on platform threads, one per connection, bounded in count and time. Closed loop: every worker
 * sends as fast as answers come back. Open loop: requests are due at a fixed rate, and latency is measured from
 * when a request was due, not when it was sent, so a stalled server cannot hide its stall (coordinated omission).
 */
public final class LoadDriver {

    /** Past its end a phase waits this long for answers in flight; a socket times out after 10 s anyway. */
    private static final long GRACE_NANOS = 30_000_000_000L;

    private final String name;
    private final int workers;
    private final Supplier<Sender> senders;
    private final LongAdder succeeded = new LongAdder();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final List<LatencyLog> logs = new ArrayList<>();
    private final long start;
    private final AtomicLongArray succeededPerSecond;

    private LoadDriver(String name, int workers, Supplier<Sender> senders, long start, Duration duration) {
        this.name = name;
        this.workers = workers;
        this.senders = senders;
        this.start = start;
        this.succeededPerSecond = new AtomicLongArray((int) (duration.toSeconds() + GRACE_NANOS / 1_000_000_000L) + 2);
    }

    /** Each of {@code workers} sends back to back until {@code duration} passes or {@code maxRequests} were sent. */
    public static PhaseResult closedLoop(String name, int workers, Duration duration, long maxRequests,
                                         Supplier<Sender> senders) throws InterruptedException {
        long start = System.nanoTime();
        LoadDriver driver = new LoadDriver(name, workers, senders, start, duration);
        AtomicLong issued = new AtomicLong();
        long deadline = start + duration.toNanos();
        return driver.run(start, deadline, (sender, log) -> {
            while (System.nanoTime() < deadline && issued.getAndIncrement() < maxRequests) {
                long sent = System.nanoTime();
                driver.sendOne(sender);
                log.record(System.nanoTime() - sent);
            }
        });
    }

    /** Requests fall due at {@code perSecond} for {@code duration}; each idle worker takes the next due one. */
    public static PhaseResult openLoop(String name, int workers, int perSecond, Duration duration,
                                       Supplier<Sender> senders) throws InterruptedException {
        long start = System.nanoTime() + 50_000_000L;
        LoadDriver driver = new LoadDriver(name, workers, senders, start, duration);
        AtomicLong slot = new AtomicLong();
        double interval = 1e9 / perSecond;
        long total = (long) (duration.toNanos() / interval);
        return driver.run(start, start + duration.toNanos(), (sender, log) -> {
            for (long k = slot.getAndIncrement(); k < total; k = slot.getAndIncrement()) {
                long due = start + (long) (k * interval);
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                driver.sendOne(sender);
                log.record(System.nanoTime() - due);
            }
        });
    }

    private interface Loop {
        void run(Sender sender, LatencyLog log);
    }

    private PhaseResult run(long start, long end, Loop loop) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            LatencyLog log = new LatencyLog();
            logs.add(log);
            Thread thread = new Thread(() -> {
                try (Sender sender = senders.get()) {
                    loop.run(sender, log);
                }
            }, name + "-" + i);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        long giveUp = end + GRACE_NANOS;
        for (Thread thread : threads) {
            thread.join(Math.max(1, (giveUp - System.nanoTime()) / 1_000_000));
        }
        double seconds = Math.max(0, System.nanoTime() - start) / 1e9;
        Map<String, Long> failed = new TreeMap<>();
        failures.forEach((kind, count) -> failed.put(kind, count.sum()));
        long failedTotal = failed.values().stream().mapToLong(Long::longValue).sum();
        List<Long> perSecond = new ArrayList<>();
        for (int i = 0; i < Math.min(succeededPerSecond.length(), (int) Math.ceil(seconds)); i++) {
            perSecond.add(succeededPerSecond.get(i));
        }
        return new PhaseResult(name, succeeded.sum(), failedTotal, failed, seconds, LatencyLog.merge(logs),
                CpuShare.NONE, perSecond);
    }

    private void sendOne(Sender sender) {
        try {
            sender.sendOne();
            succeeded.increment();
            int second = (int) ((System.nanoTime() - start) / 1_000_000_000L);
            if (second >= 0 && second < succeededPerSecond.length()) {
                succeededPerSecond.incrementAndGet(second);
            }
        } catch (Exception e) {
            String kind = e.getMessage() != null && e instanceof RejectedRequest ? e.getMessage()
                    : e.getClass().getSimpleName();
            failures.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
    }

    /** A request the server answered, but not with success; its message is the failure's label (e.g. `HTTP 503`). */
    public static final class RejectedRequest extends Exception {
        public RejectedRequest(String label) {
            super(label, null, false, false);
        }
    }
}
