package com.ccplatform.webhook.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * CPU time a process has used (user + system, from /proc/&lt;pid&gt;/stat). Divided by the requests of a phase it
 * tells where the cores went, which stays meaningful when the machine is shared and wall-clock rates are not.
 */
public final class ProcessCpu {

    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    private ProcessCpu() {
    }

    /** Cumulative CPU nanoseconds of {@code pid}, 0 when unknown (0 as pid means none). */
    public static long nanos(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long ticks(String stat) {
        if (stat.isEmpty()) {
            return 0;
        }
        // the command name may hold spaces, so fields are counted from its closing parenthesis
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
    }

    /**
     * CPU nanoseconds per group of the process's threads, a group being the kernel's thread name without its
     * trailing number (`C2 CompilerThre`, `JettyServerThreadPool-`, `VM Thread`...): JIT, GC and request threads apart.
     */
    public static Map<String, Long> byThreadGroup(long pid) {
        Map<String, Long> groups = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                String name = readFile(task.resolve("comm")).trim().replaceAll("[0-9]+$", "");
                groups.merge(name.isEmpty() ? "?" : name, ticks(readFile(task.resolve("stat"))), Long::sum);
            }
        } catch (IOException | RuntimeException processGone) {
            return groups;
        }
        return groups;
    }

    /** The RabbitMQ node's Erlang VM on this machine, if one runs. */
    public static OptionalLong brokerPid() {
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                String command = readCommand(process);
                if (command.contains("beam.smp") && command.contains("rabbit")) {
                    return OptionalLong.of(Long.parseLong(process.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    private static String readCommand(Path process) {
        return readFile(process.resolve("cmdline"));
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }
}
