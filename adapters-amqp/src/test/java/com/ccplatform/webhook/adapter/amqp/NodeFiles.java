package com.ccplatform.webhook.adapter.amqp;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** The files and process of a {@link RabbitNode}: owned by the rabbitmq user, its pid, its log's end, its removal. */
final class NodeFiles {

    private NodeFiles() {
    }

    /** Hands {@code directory} and all in it to the rabbitmq user and group (the node runs as them, not as root). */
    static void giveToRabbitmqUser(Path directory) throws IOException {
        UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
        GroupPrincipal group = users.lookupPrincipalByGroupName("rabbitmq");
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.toList()) {
                PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
                view.setOwner(users.lookupPrincipalByName("rabbitmq"));
                view.setGroup(group);
            }
        }
    }

    /** True for an Erlang VM: a pid file may name a process that has gone, its number given to another since. */
    static boolean isErlang(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("beam")).orElse(false);
    }

    /** Kills the process and waits (up to 10 s) until it has gone, so its files can be deleted. */
    static void kill(ProcessHandle process) {
        process.destroyForcibly();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // gone or going: the deletion below removes what it can
        }
    }

    /** Deletes {@code directory} and everything in it, as far as it can. */
    static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // already gone, or a file vanished while walking
        }
    }

    static Optional<Long> pid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The last lines of the node's log and of what its start printed, for a failure message. */
    static String logTail(Path directory) {
        try (Stream<Path> logs = Files.list(directory.resolve("log"))) {
            StringBuilder tail = new StringBuilder();
            for (Path log : logs.toList()) {
                List<String> lines = Files.readAllLines(log);
                tail.append("== ").append(log.getFileName()).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
            }
            return tail.toString();
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
