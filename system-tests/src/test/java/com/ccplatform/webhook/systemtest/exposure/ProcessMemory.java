package com.ccplatform.webhook.systemtest.exposure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child JVM's memory as the kernel and its GC log tell it: peak resident set (VmHWM), the fullest the heap got
 * before a collection, and the live heap: the largest heap left after a full collection (`-Xlog:gc` lines such as
 * `Pause Full (Allocation Failure) 81M->30M(92M)`). A young collection's "after" is not live data when objects could
 * not be promoted (`81M->81M`), so only full collections count for it (young ones when there was no full one).
 */
record ProcessMemory(long peakRssKib, long peakHeapBeforeGcMib, long peakLiveHeapMib, int collections) {

    private static final Pattern GC = Pattern.compile("Pause (\\w+).* (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    static ProcessMemory of(long pid, Path gcLog) throws IOException {
        return new ProcessMemory(peakRss(pid), 0, 0, 0).withGcLog(gcLog);
    }

    private ProcessMemory withGcLog(Path gcLog) throws IOException {
        long before = 0;
        long afterFull = -1;
        long afterYoung = 0;
        int count = 0;
        List<String> lines = Files.exists(gcLog) ? Files.readAllLines(gcLog) : List.of();
        for (String line : lines) {
            Matcher matcher = GC.matcher(line);
            if (matcher.find()) {
                before = Math.max(before, Long.parseLong(matcher.group(2)));
                long after = Long.parseLong(matcher.group(3));
                if (matcher.group(1).equals("Full")) {
                    afterFull = Math.max(afterFull, after);
                } else {
                    afterYoung = Math.max(afterYoung, after);
                }
                count++;
            }
        }
        return new ProcessMemory(peakRssKib, before, afterFull >= 0 ? afterFull : afterYoung, count);
    }

    private static long peakRss(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    long peakRssMib() {
        return peakRssKib < 0 ? -1 : peakRssKib / 1024;
    }

    @Override
    public String toString() {
        return "peak-rss-mib=" + peakRssMib() + " peak-live-heap-mib=" + peakLiveHeapMib
                + " peak-heap-before-gc-mib=" + peakHeapBeforeGcMib + " gcs=" + collections;
    }
}
