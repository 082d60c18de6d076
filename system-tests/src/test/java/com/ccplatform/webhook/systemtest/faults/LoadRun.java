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
    private final AtomicLong nextId = new AtomicLong();
    private final AtomicInteger ok = new AtomicInteger();
    private final Map<String, WebhookClient.Answer> answers = new ConcurrentHashMap<>();
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean stopping;

    private LoadRun(WebhookClient client, LongFunction<SignedWebhook> webhooks) {
        this.client = client;
        this.webhooks = webhooks;
    }

    /** Starts {@code concurrency} clients; {@code webhooks} makes the n-th webhook (each id unique). */
    static LoadRun start(WebhookClient client, int concurrency, LongFunction<SignedWebhook> webhooks) {
        LoadRun run = new LoadRun(client, webhooks);
        for (int i = 0; i < concurrency; i++) {
            Thread thread = new Thread(run::sendUntilStopped, "fault-load-" + i);
            thread.setDaemon(true);
            run.clients.add(thread);
            thread.start();
        }
        return run;
    }

    private void sendUntilStopped() {
        while (!stopping) {
            SignedWebhook webhook = webhooks.apply(nextId.getAndIncrement());
            WebhookClient.Answer answer = client.send(webhook);
            answers.put(webhook.id(), answer);
            if (answer.status() == 200) {
                ok.incrementAndGet();
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
