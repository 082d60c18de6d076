package com.ccplatform.webhook.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The small part of OpenAPI 3.0 schema checking these answers need: `$ref`, `type`, `required`, `properties`,
 * `additionalProperties`, `enum`, `items`, `format: date-time`. Returns every mismatch, not just the first.
 */
final class SchemaCheck {

    private final JsonNode spec;

    SchemaCheck(JsonNode spec) {
        this.spec = spec;
    }

    List<String> problems(JsonNode schema, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(schema, value, "$", problems);
        return problems;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        JsonNode resolved = resolve(schema);
        String type = resolved.path("type").asText("");
        if (!type.isEmpty() && !hasType(value, type)) {
            problems.add(at + ": expected " + type + " but was " + value.getNodeType());
            return;
        }
        if (resolved.has("enum") && !contains(resolved.get("enum"), value)) {
            problems.add(at + ": " + value + " is not one of " + resolved.get("enum"));
        }
        if ("date-time".equals(resolved.path("format").asText()) && !isDateTime(value.asText())) {
            problems.add(at + ": " + value + " is not an RFC 3339 date-time");
        }
        if (value.isObject()) {
            checkObject(resolved, value, at, problems);
        }
        if (value.isArray() && resolved.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(resolved.get("items"), value.get(i), at + "[" + i + "]", problems);
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String at, List<String> problems) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(at + ": missing required " + required.asText());
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String where = at + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), where, problems);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                problems.add(where + ": not allowed by the schema");
            } else if (additional != null && additional.isObject()) {
                check(additional, field.getValue(), where, problems);
            }
        }
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = spec.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalStateException("dangling $ref " + ref);
            }
        }
        return current;
    }

    private static boolean hasType(JsonNode value, String type) {
        switch (type) {
            case "object": return value.isObject();
            case "array": return value.isArray();
            case "string": return value.isTextual();
            case "boolean": return value.isBoolean();
            case "integer": return value.isIntegralNumber();
            case "number": return value.isNumber();
            default: throw new IllegalStateException("unknown schema type " + type);
        }
    }

    private static boolean contains(JsonNode options, JsonNode value) {
        for (JsonNode option : options) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
