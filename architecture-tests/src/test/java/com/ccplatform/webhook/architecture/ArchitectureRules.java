package com.ccplatform.webhook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInDiagram;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The architecture of the service as named, executable rules over a root package. The same rules run over the
 * production classes and over a deliberately broken class set, which proves each of them can fail.
 */
final class ArchitectureRules {

    static final Path DIAGRAM = Path.of("..", "docs", "architecture.puml");

    private final String root;

    ArchitectureRules(String rootPackage) {
        this.root = rootPackage;
    }

    /** Every rule by a short name, in the order the report lists them. */
    Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("domain depends on the JDK alone", domainDependsOnTheJdkAlone());
        rules.put("domain does no I/O", domainDoesNoIo());
        rules.put("application depends on the domain and the JDK alone", applicationDependsOnDomainAndJdk());
        rules.put("adapters do not depend on each other", adaptersDoNotDependOnEachOther());
        rules.put("only bootstrap depends on adapters", onlyBootstrapDependsOnAdapters());
        rules.put("only ChosenAdapters reaches the embedded stand-ins", onlyChosenAdaptersReachesTheEmbeddedStandIns());
        rules.put("layers are respected and every class belongs to one", layersAreRespected());
        rules.put("top-level packages are free of cycles", topLevelPackagesAreFreeOfCycles());
        rules.put("domain packages are free of cycles", domainPackagesAreFreeOfCycles());
        rules.put("outbound ports are interfaces", outboundPortsAreInterfaces());
        rules.put("inbound use cases are interfaces", useCasesAreInterfaces());
        rules.put("dependencies follow docs/architecture.puml", dependenciesFollowTheDiagram());
        return rules;
    }

    ArchRule domainDependsOnTheJdkAlone() {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java.lang..",
                        "java.util..", "java.time..", "java.security..", "javax.crypto..", "java.nio.charset..",
                        "java.math..")
                .because("the decision logic must be readable and testable without any framework or library");
    }

    ArchRule domainDoesNoIo() {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.sql..", "java.nio.file..",
                        "java.io..", "java.net.http..")
                .because("I/O belongs to adapters; the domain only decides");
    }

    ArchRule applicationDependsOnDomainAndJdk() {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".application..", root + ".domain..",
                        "java..", "javax.crypto..")
                .because("use cases talk to the world through ports only, so any adapter can be swapped");
    }

    ArchRule adaptersDoNotDependOnEachOther() {
        return slices().matching(root + ".adapter.(*)..").should().notDependOnEachOther()
                .because("each adapter implements its own ports; wiring them together is bootstrap's job");
    }

    ArchRule onlyBootstrapDependsOnAdapters() {
        return noClasses().that().resideOutsideOfPackages(root + ".adapter..", root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapter..")
                .because("the core must not know which technology serves it");
    }

    /**
     * Starts from the stand-ins, so the rule fails rather than passes when their package is missing; the production
     * adapters are covered by it as much as the core.
     */
    ArchRule onlyChosenAdaptersReachesTheEmbeddedStandIns() {
        String embedded = root + ".adapter.embedded..";
        return classes().that().resideInAPackage(embedded)
                .should().onlyHaveDependentClassesThat(resideInAPackage(embedded)
                        .or(resideInAPackage(root + ".bootstrap..").and(simpleName("ChosenAdapters"))))
                .because("the stand-ins keep events in memory and media on a local disk: no production code path may"
                        + " reach them by accident, only the wiring that chooses them when ENVIRONMENT allows");
    }

    ArchRule layersAreRespected() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy(root + ".domain..")
                .layer("Application").definedBy(root + ".application..")
                .layer("Adapters").definedBy(root + ".adapter..")
                .layer("Bootstrap").definedBy(root + ".bootstrap..")
                .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Adapters", "Bootstrap")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Adapters", "Bootstrap")
                .ensureAllClassesAreContainedInArchitecture()
                .because("a class outside every layer, or an empty layer, would let a rule pass by checking nothing");
    }

    ArchRule topLevelPackagesAreFreeOfCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .because("cycles make layers meaningless");
    }

    ArchRule domainPackagesAreFreeOfCycles() {
        return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles()
                .because("each domain concept should be understandable from the ones below it");
    }

    ArchRule outboundPortsAreInterfaces() {
        return classes().that().resideInAPackage(root + ".application.port.out..")
                .and(are(notAValueOrException()))
                .should().beInterfaces()
                .because("a port is a contract that adapters and in-memory twins implement; values and faults "
                        + "travelling through it are records and exceptions");
    }

    ArchRule useCasesAreInterfaces() {
        return classes().that().resideInAPackage(root + ".application.port.in..")
                .and().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces()
                .because("the inbound adapter depends on what the application offers, not on how it does it");
    }

    ArchRule dependenciesFollowTheDiagram() {
        return classes().that().resideInAPackage(root + "..")
                .should(adhereToPlantUmlDiagram(DIAGRAM, consideringOnlyDependenciesInDiagram()))
                .because("docs/architecture.puml is the architecture review document and must stay true");
    }

    private static DescribedPredicate<JavaClass> are(DescribedPredicate<JavaClass> predicate) {
        return predicate;
    }

    private static DescribedPredicate<JavaClass> notAValueOrException() {
        return DescribedPredicate.describe("are not records, enums, exceptions or nested types",
                c -> !c.isRecord() && !c.isEnum() && !c.isAssignableTo(Throwable.class) && c.isTopLevelClass()
                        && !c.isAnonymousClass());
    }
}
