package com.ccplatform.webhook.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a JVM's used heap from its Prometheus `/metrics`, falling back to `jcmd <pid> GC.heap_info`. */
final class HeapProbe implements AutoCloseable {

    private static final Pattern JCMD_USED = Pattern.compile("(?m)^\\s*(?!Metaspace|class space)\\S.*?used (\\d+)K");

    private final long pid;
    private final KeepAliveConnection metrics;
    private boolean useJcmd;

    HeapProbe(long pid, InetSocketAddress service) {
        this.pid = pid;
        this.metrics = new KeepAliveConnection(service);
    }

    /** Used heap in bytes, 0 when neither source answered. */
    long usedBytes() {
        if (!useJcmd) {
            try {
                HttpReply reply = metrics.get("/metrics");
                long used = reply.status() == 200 ? prometheusHeap(reply.bodyText()) : -1;
                if (used >= 0) {
                    return used;
                }
            } catch (IOException e) {
                return 0;
            }
            useJcmd = true;
        }
        return jcmdHeap();
    }

    boolean slow() {
        return useJcmd;
    }

    String source() {
        return useJcmd ? "jcmd GC.heap_info" : "/metrics jvm_memory_used_bytes{area=\"heap\"}";
    }

    /** The sum over heap pools, or -1 when the page has no such metric. */
    static long prometheusHeap(String page) {
        double sum = 0;
        boolean found = false;
        for (String line : page.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
                found = true;
            }
        }
        return found ? (long) sum : -1;
    }

    private long jcmdHeap() {
        try {
            Process jcmd = new ProcessBuilder(jcmdCommand(), Long.toString(pid), "GC.heap_info").redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(10, TimeUnit.SECONDS);
            long usedKb = 0;
            Matcher matcher = JCMD_USED.matcher(out);
            while (matcher.find()) {
                usedKb += Long.parseLong(matcher.group(1));
            }
            return usedKb * 1024;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static String jcmdCommand() {
        Path beside = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return Files.isExecutable(beside) ? beside.toString() : "jcmd";
    }

    @Override
    public void close() {
        metrics.close();
    }
}
