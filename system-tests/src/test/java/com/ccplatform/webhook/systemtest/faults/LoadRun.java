package com.ccplatform.webhook.systemtest.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Several clients sending webhooks with unique ids as fast as the service answers, until stopped; every answer is
 * kept by id so the test can compare what was answered with what reached the queues.
 */
final class LoadRun {

    private final WebhookClient client;
    private final LongFunction<SignedWebhook> webhooks;
    private final long total;
    private final boolean untilRefused;
    private final AtomicLong nextId = new AtomicLong();
    private final AtomicInteger ok = new AtomicInteger();
    private final Map<String, WebhookClient.Answer> answers = new ConcurrentHashMap<>();
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean stopping;

    private LoadRun(WebhookClient client, LongFunction<SignedWebhook> webhooks, long total, boolean untilRefused) {
        this.client = client;
        this.webhooks = webhooks;
        this.total = total;
        this.untilRefused = untilRefused;
    }

    /** Starts {@code concurrency} clients until stopped; {@code webhooks} makes the n-th webhook (ids unique). */
    static LoadRun start(WebhookClient client, int concurrency, LongFunction<SignedWebhook> webhooks) {
        return start(new LoadRun(client, webhooks, Long.MAX_VALUE, false), concurrency);
    }

    /** As {@link #start}, but each client stops at its first request that got no answer (the service went away). */
    static LoadRun startUntilRefused(WebhookClient client, int concurrency, LongFunction<SignedWebhook> webhooks) {
        return start(new LoadRun(client, webhooks, Long.MAX_VALUE, true), concurrency);
    }

    /** Sends exactly {@code total} webhooks over {@code concurrency} clients; see {@link #stop()}. */
    static LoadRun start(WebhookClient client, int concurrency, long total, LongFunction<SignedWebhook> webhooks) {
        return start(new LoadRun(client, webhooks, total, false), concurrency);
    }

    private static LoadRun start(LoadRun run, int concurrency) {
        for (int i = 0; i < concurrency; i++) {
            Thread thread = new Thread(run::sendUntilStopped, "fault-load-" + i);
            thread.setDaemon(true);
            run.clients.add(thread);
            thread.start();
        }
        return run;
    }

    private void sendUntilStopped() {
        long n;
        while (!stopping && (n = nextId.getAndIncrement()) < total) {
            SignedWebhook webhook = webhooks.apply(n);
            WebhookClient.Answer answer = client.send(webhook);
            answers.put(webhook.id(), answer);
            if (answer.status() == 200) {
                ok.incrementAndGet();
            } else if (untilRefused && !answer.answered()) {
                return;
            }
        }
    }

    int answered() {
        return answers.size();
    }

    int ok() {
        return ok.get();
    }

    /** Waits until {@code count} more answers arrived, or {@code timeout} passed; false on timeout. */
    boolean awaitMore(int count, Duration timeout) throws InterruptedException {
        int target = answered() + count;
        long end = System.nanoTime() + timeout.toNanos();
        while (answered() < target) {
            if (System.nanoTime() > end) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return true;
    }

    /** Waits until another 200 arrives after this call, or {@code timeout} passed; false on timeout. */
    boolean awaitNextOk(Duration timeout) throws InterruptedException {
        int seen = ok();
        long end = System.nanoTime() + timeout.toNanos();
        while (ok() <= seen) {
            if (System.nanoTime() > end) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return true;
    }

    /** Stops the clients after their current request and returns every answer by webhook id. */
    Map<String, WebhookClient.Answer> stop() throws InterruptedException {
        stopping = true;
        for (Thread thread : clients) {
            thread.join(Duration.ofSeconds(20).toMillis());
        }
        return Map.copyOf(answers);
    }
}
