package com.ccplatform.webhook.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule, run over com.ccplatform.violations (built to break each of them), must report a violation. */
class RulesBiteTest {

    private static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages("com.ccplatform.violations");
    private static final ArchitectureRules RULES = new ArchitectureRules("com.ccplatform.violations");

    static Stream<String> ruleNames() {
        return RULES.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleNames")
    void ruleReportsAViolationOnTheBrokenClassSet(String ruleName) {
        assertThat(RULES.all().get(ruleName).evaluate(VIOLATIONS).hasViolation())
                .as("rule '%s' must fail on code built to break it", ruleName).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleNames")
    void ruleOverAPackageThatDoesNotExistFailsInsteadOfPassing(String ruleName) {
        JavaClasses nothing = new ClassFileImporter().importPackages("com.ccplatform.nosuchpackage");
        ArchitectureRules rules = new ArchitectureRules("com.ccplatform.nosuchpackage");

        // ArchUnit fails a rule whose 'that()' matches no class (archunit.properties: failOnEmptyShould=true, the default)
        boolean failed;
        try {
            failed = rules.all().get(ruleName).evaluate(nothing).hasViolation();
        } catch (AssertionError | RuntimeException e) {
            failed = true;
        }
        assertThat(failed).as("rule '%s' must not pass vacuously", ruleName).isTrue();
    }
}
