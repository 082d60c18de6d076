package com.ccplatform.webhook.systemtest.realshape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Whether a JSON document holds what an expectation lists: objects field by field (others may be there too), arrays
 * element by element and of the same length, scalars exactly, and an expected null for a field absent or null.
 */
final class JsonSubset {

    private JsonSubset() {
    }

    /** Each place where {@code actual} differs from {@code expected}, as `path: expected X, was Y`; empty when none. */
    static List<String> mismatches(JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        compare(expected, actual, "$", found);
        return found;
    }

    private static void compare(JsonNode expected, JsonNode actual, String path, List<String> found) {
        boolean actualAbsent = actual == null || actual.isMissingNode() || actual.isNull();
        if (expected.isNull()) {
            if (!actualAbsent) {
                found.add(path + ": expected absent or null, was " + actual);
            }
        } else if (actualAbsent) {
            found.add(path + ": expected " + expected + ", was absent");
        } else if (expected.isObject()) {
            compareObjects(expected, actual, path, found);
        } else if (expected.isArray()) {
            compareArrays(expected, actual, path, found);
        } else if (!expected.equals(actual)) {
            found.add(path + ": expected " + expected + ", was " + actual);
        }
    }

    private static void compareObjects(JsonNode expected, JsonNode actual, String path, List<String> found) {
        if (!actual.isObject()) {
            found.add(path + ": expected an object, was " + actual);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            compare(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey(), found);
        }
    }

    private static void compareArrays(JsonNode expected, JsonNode actual, String path, List<String> found) {
        if (!actual.isArray() || actual.size() != expected.size()) {
            found.add(path + ": expected " + expected.size() + " elements, was " + actual);
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            compare(expected.get(i), actual.get(i), path + "[" + i + "]", found);
        }
    }
}
