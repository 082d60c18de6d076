package com.ccplatform.webhook.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.IngestWebhookCommand;
import com.ccplatform.webhook.application.port.in.IngestWebhookUseCase;
import com.ccplatform.webhook.application.port.in.Trace;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A webhook whose outcome settles later, on another thread, as the broker's confirm does: the answer waits for it,
 * is written by one of the server's threads (never by the thread that settled it), and comes by the deadline even
 * when nothing settles.
 */
class AsyncReplyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BROKER_THREAD = "broker-io-stand-in";

    /** A use case whose outcomes the test settles. */
    private static final class PendingIngest implements IngestWebhookUseCase {
        final BlockingQueue<CompletableFuture<IngestOutcome>> pending = new LinkedBlockingQueue<>();

        @Override
        public IngestOutcome ingest(IngestWebhookCommand command) {
            throw new AssertionError("the server must not wait on the use case");
        }

        @Override
        public CompletableFuture<IngestOutcome> ingestAsync(IngestWebhookCommand command) {
            CompletableFuture<IngestOutcome> outcome = new CompletableFuture<>();
            pending.add(outcome);
            return outcome;
        }

        CompletableFuture<IngestOutcome> next() throws InterruptedException {
            CompletableFuture<IngestOutcome> outcome = pending.poll(5, TimeUnit.SECONDS);
            assertThat(outcome).as("a webhook reached the use case").isNotNull();
            return outcome;
        }
    }

    private final PendingIngest ingest = new PendingIngest();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private RunningServer running;

    @BeforeEach
    void start() {
        running = new RunningServer(new HttpSettings(0, HttpSettings.DEFAULT_MAX_REQUEST_BYTES,
                Duration.ofMillis(800), false, 0, TrustedProxies.none()), ingest);
        captured.start();
        root().addAppender(captured);
    }

    @AfterEach
    void stop() {
        root().detachAppender(captured);
        running.close();
    }

    @Test
    void answersOnceTheOutcomeSettlesOnAnotherThreadAndNotOnThatThread() throws Exception {
        CompletableFuture<HttpResponse<String>> response = post();
        CompletableFuture<IngestOutcome> outcome = ingest.next();
        Thread.sleep(100);
        assertThat(response).as("no answer before the outcome").isNotDone();

        settleOnAnotherThread(outcome, new IngestOutcome.Accepted(Trace.empty(), false), null);

        HttpResponse<String> answer = response.get(5, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree("{\"status\":\"accepted\"}"));
        assertThat(processedLines()).singleElement().satisfies(line -> {
            assertThat(line.getThreadName()).isNotEqualTo(BROKER_THREAD);
            assertThat(line.getKeyValuePairs()).anySatisfy(kv -> {
                assertThat(kv.key).isEqualTo("http_status");
                assertThat(kv.value).isEqualTo(200);
            });
        });
    }

    @Test
    void aFaultSettlingTheOutcomeIsA500() throws Exception {
        CompletableFuture<HttpResponse<String>> response = post();

        settleOnAnotherThread(ingest.next(), null, new IllegalStateException("bug in an adapter"));

        HttpResponse<String> answer = response.get(5, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree("{\"error\":\"Processing failed\"}"));
    }

    @Test
    void anOutcomeThatNeverSettlesIsA504ShortlyAfterTheDeadline() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> response = post();
        ingest.next();

        HttpResponse<String> answer = response.get(10, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(answer.statusCode()).isEqualTo(504);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree("{\"error\":\"Processing timeout\"}"));
        // the 800 ms deadline plus the 1 s grace for an adapter that failed to end its own wait
        assertThat(millis).isGreaterThanOrEqualTo(1_700);
        assertThat(captured.list).anySatisfy(line -> assertThat(line.getMessage()).isEqualTo("webhook_unsettled"));
    }

    @Test
    void aBrokerThatDidNotConfirmByTheDeadlineIsA503WithRetryAfterBeforeTheGraceRunsOut() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> response = post();
        CompletableFuture<IngestOutcome> outcome = ingest.next();
        // as the use case settles when the publisher's wait for a confirm ends at the 800 ms deadline
        CompletableFuture.delayedExecutor(800, TimeUnit.MILLISECONDS)
                .execute(() -> outcome.complete(new IngestOutcome.Unavailable(Trace.empty(), "rabbitmq")));

        HttpResponse<String> answer = response.get(10, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(millis).as("within the deadline and the 1 s grace").isLessThan(1_800);
        assertThat(captured.list).noneSatisfy(line -> assertThat(line.getMessage()).isEqualTo("webhook_unsettled"));
    }

    @Test
    void manyWebhooksWaitingAtOnceAreEachAnswered() throws Exception {
        // The 800 ms deadline of the other cases is about answers in time; this one is about threads, and 300
        // requests on a busy 2-core machine may take longer than that to arrive: the production deadline.
        running.close();
        running = new RunningServer(HttpSettings.defaults(), ingest);
        int count = 300; // more than the server's thread pool: no thread is held per waiting webhook
        java.util.List<CompletableFuture<HttpResponse<String>>> responses = new java.util.ArrayList<>();
        java.util.List<CompletableFuture<IngestOutcome>> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            responses.add(post());
        }
        for (int i = 0; i < count; i++) {
            outcomes.add(ingest.next());
        }
        Thread broker = new Thread(() -> outcomes.forEach(o -> o.complete(new IngestOutcome.Accepted(Trace.empty(),
                false))), BROKER_THREAD);
        broker.start();
        broker.join();

        for (CompletableFuture<HttpResponse<String>> response : responses) {
            assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    private CompletableFuture<HttpResponse<String>> post() {
        return running.client.sendAsync(HttpRequest.newBuilder(running.uri("/webhook"))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Webhooks.text("msg-async"))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void settleOnAnotherThread(CompletableFuture<IngestOutcome> outcome, IngestOutcome value,
                                              Throwable failure) throws InterruptedException {
        Thread broker = new Thread(() -> {
            if (failure == null) {
                outcome.complete(value);
            } else {
                outcome.completeExceptionally(failure);
            }
        }, BROKER_THREAD);
        broker.start();
        broker.join();
    }

    private java.util.List<ILoggingEvent> processedLines() throws InterruptedException {
        for (int i = 0; i < 50 && captured.list.stream().noneMatch(e -> "webhook_processed".equals(e.getMessage()));
             i++) {
            Thread.sleep(20);
        }
        return captured.list.stream().filter(e -> "webhook_processed".equals(e.getMessage())).toList();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
