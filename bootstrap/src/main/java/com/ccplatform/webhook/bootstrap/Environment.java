package com.ccplatform.webhook.bootstrap;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration variables (FRD 10.2): the process environment over a `.env` file in the working directory. Typed
 * getters fail with a {@link ConfigurationException} that names the variable and what it must be.
 */
public final class Environment {

    private final Map<String, String> values;

    public Environment(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The process environment, with `.env` (if present in {@code workingDirectory}) filling the gaps. */
    public static Environment load(Map<String, String> processEnvironment, Path workingDirectory) {
        Map<String, String> merged = new HashMap<>(readDotEnv(workingDirectory.resolve(".env")));
        merged.putAll(processEnvironment);
        return new Environment(merged);
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    public String string(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    public String required(String name, String why) {
        return optional(name).orElseThrow(() -> new ConfigurationException(name + " is required " + why));
    }

    public int integer(String name, int fallback, int min, int max) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(name + " must be a whole number from " + min + " to " + max
                    + ", got '" + raw.get() + "'");
        }
    }

    /** A duration given in seconds (decimals allowed, e.g. `2.5`), as the FRD's timeouts are. */
    public Duration seconds(String name, Duration fallback) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            BigDecimal seconds = new BigDecimal(raw.get());
            if (seconds.signum() <= 0 || seconds.compareTo(BigDecimal.valueOf(86_400)) > 0) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(seconds.movePointRight(3).longValue());
        } catch (NumberFormatException e) {
            throw new ConfigurationException(name + " must be a number of seconds above 0, got '" + raw.get() + "'");
        }
    }

    public boolean bool(String name, boolean fallback) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true": case "1": case "yes": case "on":
                return true;
            case "false": case "0": case "no": case "off":
                return false;
            default:
                throw new ConfigurationException(name + " must be true or false, got '" + raw.get() + "'");
        }
    }

    /** A comma-separated list, blank entries dropped. */
    public List<String> list(String name, List<String> fallback) {
        return optional(name).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList()).orElse(fallback);
    }

    private static Map<String, String> readDotEnv(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return DotEnv.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException(".env exists but cannot be read: " + e.getMessage());
        }
    }
}
