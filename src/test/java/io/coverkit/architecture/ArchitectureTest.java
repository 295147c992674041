package io.coverkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline is the package structure, and dependencies point one way. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                // Main classes only, wherever the build folder is (it may be moved with -Dbuild.dir).
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("io.coverkit");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.coverkit.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheDslFrontEndTouchesGroovy() {
        noClasses().that().resideOutsideOfPackage("io.coverkit.dsl..")
                .should().dependOnClassesThat().resideInAnyPackage("groovy..", "org.codehaus.groovy..", "org.apache.groovy..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingElseOfCoverkit() {
        noClasses().that().resideInAPackage("io.coverkit.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.coverkit.dsl..", "io.coverkit.validate..", "io.coverkit.compile..", "io.coverkit.eval..",
                        "io.coverkit.determination..", "io.coverkit.request..", "io.coverkit.json..", "io.coverkit.api..",
                        "io.coverkit.cli..", "io.coverkit.render..", "io.coverkit.kit..", "io.coverkit.diagnostic..")
                .check(classes);
    }

    @Test
    void laterStagesNeverReachBackIntoEarlierOnes() {
        noClasses().that().resideInAnyPackage("io.coverkit.eval..", "io.coverkit.determination..", "io.coverkit.request..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.coverkit.dsl..", "io.coverkit.validate..", "io.coverkit.compile..", "io.coverkit.api..",
                        "io.coverkit.cli..", "io.coverkit.json..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("io.coverkit.api..", "io.coverkit.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.coverkit.api..", "io.coverkit.cli..")
                .check(classes);
    }

    @Test
    void evaluationNeverDependsOnJsonOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("io.coverkit.model..", "io.coverkit.eval..", "io.coverkit.compile..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "picocli..")
                .check(classes);
    }
}
