package com.ccplatform.webhook.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of this repository read at test time (the Dockerfile, deploy/, other modules' sources), from its root. */
final class ProjectFiles {

    private ProjectFiles() {
    }

    /** The repository root: the nearest directory above the working directory that holds the Dockerfile. */
    static Path root() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("Dockerfile"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no Dockerfile above " + System.getProperty("user.dir"));
        }
        return dir;
    }

    static String read(String relative) {
        try {
            return Files.readString(root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
