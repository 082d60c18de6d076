package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 6: with the one log writer stuck (a full pipe, a slow disk), a thread that logs never waits: lines
 * past the queue are dropped and counted. The stock policy (`neverBlock=false`) would hang this test forever.
 */
class DroppingAsyncAppenderTest {

    @Test
    void aStuckWriterNeverHoldsTheLoggingThreadAndEveryDroppedLineIsCounted() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.start();
        AppenderBase<ILoggingEvent> writer = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                try {
                    stuck.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        writer.setContext(context);
        writer.start();
        DroppingAsyncAppender async = new DroppingAsyncAppender();
        async.setContext(context);
        async.setQueueSize(64);
        async.setDiscardingThreshold(13);
        async.addAppender(writer);
        async.start();
        Logger logger = context.getLogger("test");
        logger.addAppender(async);
        long droppedBefore = DroppingAsyncAppender.dropped();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 5_000; i++) {
                if (i % 10 == 0) {
                    logger.error("line {}", i);
                } else {
                    logger.info("line {}", i);
                }
            }
        });

        long dropped = DroppingAsyncAppender.dropped() - droppedBefore;
        assertThat(dropped).as("5,000 lines into a queue of 64 behind a stuck writer").isGreaterThan(4_800);
        stuck.countDown();
        async.stop();
    }
}
