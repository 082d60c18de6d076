package com.ccplatform.webhook.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;

/** Renders the architecture rules and their results as Markdown for review. */
final class ArchitectureReport {

    private static final int DETAILS_SHOWN = 20;

    private ArchitectureReport() {
    }

    static String render(Map<String, ArchRule> rules, Map<String, List<String>> results, int classCount) {
        StringBuilder out = new StringBuilder("# Architecture report\n\n")
                .append("Written by `./mvnw verify` (architecture-tests). ").append(classCount)
                .append(" production classes checked against ").append(rules.size()).append(" rules; the component ")
                .append("diagram is `docs/architecture.puml`.\n\n| rule | result | violations |\n|---|---|---|\n");
        rules.forEach((name, rule) -> {
            List<String> violations = results.get(name);
            String verdict = violations == null ? "not run" : violations.isEmpty() ? "passed" : "**FAILED**";
            int count = violations == null ? 0 : violations.size();
            out.append("| ").append(name).append(" | ").append(verdict).append(" | ").append(count).append(" |\n");
        });
        out.append("\n## What each rule says\n\n");
        rules.forEach((name, rule) -> out.append("- **").append(name).append("**: ")
                .append(rule.getDescription()).append("\n"));
        results.forEach((name, details) -> {
            if (!details.isEmpty()) {
                out.append("\n## Violations of: ").append(name).append("\n\n");
                details.stream().limit(DETAILS_SHOWN).forEach(d -> out.append("- ").append(d).append("\n"));
            }
        });
        return out.toString();
    }
}
