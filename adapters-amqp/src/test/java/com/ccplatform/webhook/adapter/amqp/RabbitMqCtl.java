package com.ccplatform.webhook.adapter.amqp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Closes a client connection from the broker's side with `rabbitmqctl close_connection`, found by its name. */
final class RabbitMqCtl {

    /** Runs a command and returns its standard output. */
    interface Runner {
        String run(String... command) throws Exception;
    }

    private RabbitMqCtl() {
    }

    static BrokerSideFailure.Action closer(String connectionName) throws Exception {
        return closer(connectionName, RabbitMqCtl::runLocally);
    }

    /** Finds the connection now; the returned action closes it. */
    static BrokerSideFailure.Action closer(String connectionName, Runner runner) throws Exception {
        String listing = runner.run("rabbitmqctl", "-q", "list_connections", "--no-table-headers", "pid",
                "client_properties");
        String pid = null;
        for (String line : listing.split("\n")) {
            if (line.contains(connectionName)) {
                pid = line.trim().split("\\s+")[0];
            }
        }
        if (pid == null) {
            throw new IllegalStateException("no connection named " + connectionName + " in:\n" + listing);
        }
        String found = pid;
        return () -> runner.run("rabbitmqctl", "-q", "close_connection", found, "closed by test");
    }

    private static String runLocally(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
