package com.ccplatform.webhook.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the production classes of every module against each architecture rule, one test per rule so one failure
 * never hides another, and writes target/architecture-report.md for architecture review.
 */
class ArchitectureTest {

    private static final String ROOT = "com.ccplatform.webhook";
    private static final ArchitectureRules RULES = new ArchitectureRules(ROOT);
    private static final Map<String, List<String>> RESULTS = new ConcurrentHashMap<>();
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
                .importPackages(ROOT);
    }

    @Test
    void importsTheClassesOfEveryModule() {
        for (String module : new String[] {"domain", "application", "adapter.http", "adapter.amqp",
                "adapter.minio", "adapter.tenant", "adapter.embedded", "bootstrap"}) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + module)))
                    .as("classes of %s were imported", module).isTrue();
        }
    }

    @Test
    void domainDependsOnTheJdkAlone() {
        check("domain depends on the JDK alone");
    }

    @Test
    void domainDoesNoIo() {
        check("domain does no I/O");
    }

    @Test
    void applicationDependsOnTheDomainAndTheJdkAlone() {
        check("application depends on the domain and the JDK alone");
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        check("adapters do not depend on each other");
    }

    @Test
    void onlyBootstrapDependsOnAdapters() {
        check("only bootstrap depends on adapters");
    }

    @Test
    void onlyChosenAdaptersReachesTheEmbeddedStandIns() {
        check("only ChosenAdapters reaches the embedded stand-ins");
    }

    @Test
    void layersAreRespectedAndEveryClassBelongsToOne() {
        check("layers are respected and every class belongs to one");
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        check("top-level packages are free of cycles");
    }

    @Test
    void domainPackagesAreFreeOfCycles() {
        check("domain packages are free of cycles");
    }

    @Test
    void outboundPortsAreInterfaces() {
        check("outbound ports are interfaces");
    }

    @Test
    void inboundUseCasesAreInterfaces() {
        check("inbound use cases are interfaces");
    }

    @Test
    void dependenciesFollowTheComponentDiagram() {
        check("dependencies follow docs/architecture.puml");
    }

    @Test
    void everyRuleHasATest() {
        assertThat(RULES.all()).hasSize(12);
    }

    private static void check(String name) {
        ArchRule rule = RULES.all().get(name);
        assertThat(rule).as("rule named %s", name).isNotNull();
        List<String> violations;
        try {
            violations = rule.evaluate(production).getFailureReport().getDetails();
        } catch (AssertionError e) {
            // ArchUnit refuses a rule that matched no class at all: that is a failure too, never a pass
            violations = List.of(e.getMessage());
        }
        RESULTS.put(name, violations);
        assertThat(violations).as("%s%n%s", name, String.join(System.lineSeparator(), violations)).isEmpty();
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path report = Path.of("target", "architecture-report.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, ArchitectureReport.render(RULES.all(), RESULTS, production.size()));
    }
}
