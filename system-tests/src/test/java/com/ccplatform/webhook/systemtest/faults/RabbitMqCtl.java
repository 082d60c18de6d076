package com.ccplatform.webhook.systemtest.faults;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs `rabbitmqctl` against the local RabbitMQ node: the broker-side half of the fault tests. */
final class RabbitMqCtl {

    private static final long TIMEOUT_SECONDS = 60;

    private RabbitMqCtl() {
    }

    /** True when `rabbitmqctl` is on the PATH and can talk to the node. */
    static boolean available() {
        String path = System.getenv().getOrDefault("PATH", "");
        boolean onPath = false;
        for (String dir : path.split(File.pathSeparator)) {
            onPath |= new File(dir, "rabbitmqctl").canExecute();
        }
        if (!onPath) {
            return false;
        }
        try {
            run("list_vhosts");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs {@code rabbitmqctl -q <args>} and returns its output lines; fails on a non-zero exit or a hang. */
    static List<String> run(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("rabbitmqctl " + String.join(" ", args) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException("rabbitmqctl " + String.join(" ", args) + " exited " + process.exitValue()
                    + ": " + output.strip());
        }
        return output.lines().filter(line -> !line.isBlank()).toList();
    }

    /**
     * Closes, from the broker side, every connection to {@code vhost} whose client-provided name starts with
     * {@code namePrefix}; returns how many it closed.
     */
    static int closeConnections(String vhost, String namePrefix, String reason) throws IOException {
        int closed = 0;
        for (String line : run("--no-table-headers", "list_connections", "pid", "vhost", "client_properties")) {
            String[] columns = line.split("\t");
            if (columns.length >= 3 && columns[1].equals(vhost)
                    && columns[2].contains("{\"connection_name\",\"" + namePrefix)) {
                run("close_connection", columns[0], reason);
                closed++;
            }
        }
        return closed;
    }
}
