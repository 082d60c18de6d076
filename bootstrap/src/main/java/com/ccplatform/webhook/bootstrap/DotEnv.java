package com.ccplatform.webhook.bootstrap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads `.env` lines: `NAME=value`, optional `export `, `#` comments, values optionally in single or double quotes. */
final class DotEnv {

    private DotEnv() {
    }

    static Map<String, String> parse(List<String> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        int number = 0;
        for (String line : lines) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("export ")) {
                trimmed = trimmed.substring("export ".length()).strip();
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                throw new ConfigurationException(".env line " + number + " is not NAME=value");
            }
            values.put(trimmed.substring(0, equals).strip(), unquote(trimmed.substring(equals + 1).strip()));
        }
        return values;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
