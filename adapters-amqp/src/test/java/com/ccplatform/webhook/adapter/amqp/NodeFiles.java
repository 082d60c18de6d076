package com.ccplatform.webhook.adapter.amqp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The files of a {@link RabbitNode}: owned by the rabbitmq user that runs it, its pid, the end of its log. */
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
