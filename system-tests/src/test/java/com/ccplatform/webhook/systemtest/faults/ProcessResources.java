package com.ccplatform.webhook.systemtest.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What this JVM holds: live Java threads (the test's own `fault-*` fixtures left out) and its TCP connections to
 * given ports, from /proc/self/fd joined with /proc/self/net/tcp{,6} (connections in any state but LISTEN, so a
 * socket left in CLOSE_WAIT counts as the leak it is).
 */
record ProcessResources(int threads, Map<String, Integer> threadFamilies, Map<Integer, Integer> connectionsByPort,
                        int socketFds) {

    private static final String LISTEN = "0A";

    static ProcessResources now(List<Integer> ports) {
        Set<String> inodes = socketInodes();
        Map<Integer, Integer> byPort = new TreeMap<>();
        ports.forEach(port -> byPort.put(port, 0));
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            for (String[] row : rows(Path.of(table))) {
                int remotePort = Integer.parseInt(row[2].substring(row[2].indexOf(':') + 1), 16);
                if (byPort.containsKey(remotePort) && !row[3].equals(LISTEN) && inodes.contains(row[9])) {
                    byPort.merge(remotePort, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> families = new TreeMap<>();
        Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(name -> !name.startsWith("fault-"))
                .forEach(name -> families.merge(name.replaceAll("[0-9]+", "#"), 1, Integer::sum));
        int threads = families.values().stream().mapToInt(Integer::intValue).sum();
        return new ProcessResources(threads, families, byPort, inodes.size());
    }

    /**
     * The figures once they stopped moving (the same three times in a row, half a second apart), or after
     * {@code maxSeconds}: timers and idle pools of the service may need a moment after a batch.
     */
    static ProcessResources settled(List<Integer> ports, int maxSeconds) throws InterruptedException {
        ProcessResources last = now(ports);
        int same = 0;
        for (int i = 0; i < maxSeconds * 2 && same < 2; i++) {
            Thread.sleep(500);
            ProcessResources next = now(ports);
            same = next.equals(last) ? same + 1 : 0;
            last = next;
        }
        return last;
    }

    /** Thread names (digits as #) with more threads now than in {@code earlier}, and how many more. */
    Map<String, Integer> threadsGainedSince(ProcessResources earlier) {
        Map<String, Integer> gained = new TreeMap<>();
        threadFamilies.forEach((family, count) -> {
            int more = count - earlier.threadFamilies.getOrDefault(family, 0);
            if (more != 0) {
                gained.put(family, more);
            }
        });
        return gained;
    }

    private static Set<String> socketInodes() {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            fds.forEach(fd -> {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) {
                        inodes.add(link.substring("socket:[".length(), link.length() - 1));
                    }
                } catch (IOException e) {
                    // the descriptor closed while we looked
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inodes;
    }

    private static List<String[]> rows(Path table) {
        try {
            return Files.readAllLines(table).stream().skip(1).map(line -> line.trim().split("\\s+")).toList();
        } catch (IOException e) {
            return List.of(); // no IPv6 table on this kernel
        }
    }

    @Override
    public String toString() {
        return "threads=" + threads + " connections=" + connectionsByPort + " socket-fds=" + socketFds;
    }
}
