package io.coverkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline is the package structure, the artifacts are its stages, and dependencies point one
 * way: core (model, evaluator, JSON, API) &lt;- dsl (the policy language) &lt;- kit &lt;- cli.
 */
class ArchitectureTest {

    /** coverkit-core's packages: what a service deciding from bundles carries. */
    private static final String[] CORE = {"io.coverkit.model..", "io.coverkit.request..", "io.coverkit.determination..",
        "io.coverkit.eval..", "io.coverkit.compile..", "io.coverkit.validate..", "io.coverkit.diagnostic..",
        "io.coverkit.json..", "io.coverkit.cache..", "io.coverkit.bundle..", "io.coverkit.api.."};
    /** coverkit-dsl's packages. */
    private static final String[] DSL = {"io.coverkit.dsl..", "io.coverkit.render..", "io.coverkit.diff..", "io.coverkit.policy.."};
    /** coverkit-kit's packages. */
    private static final String[] KIT = {"io.coverkit.kit..", "io.coverkit.coverage.."};
    /** coverkit-server's packages: the CRD/DTR endpoints and the HTTP server. */
    private static final String[] SERVER = {"io.coverkit.server.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = MainClasses.all();
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.coverkit.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCoreDependsOnNoLaterArtifact() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(concat(DSL, KIT, new String[] {"io.coverkit.cli.."}))
                .check(classes);
        noClasses().that().resideInAnyPackage(DSL)
                .should().dependOnClassesThat().resideInAnyPackage(concat(KIT, new String[] {"io.coverkit.cli.."}))
                .check(classes);
        noClasses().that().resideInAnyPackage(KIT)
                .should().dependOnClassesThat().resideInAPackage("io.coverkit.cli..")
                .check(classes);
    }

    @Test
    void theServerSitsBesideTheCommandLineNotBelowIt() {
        // cli -> server -> dsl -> core: the command line runs the server, never the other way round
        noClasses().that().resideInAnyPackage(SERVER)
                .should().dependOnClassesThat().resideInAnyPackage(concat(KIT, new String[] {"io.coverkit.cli.."}))
                .check(classes);
        noClasses().that().resideInAnyPackage(concat(CORE, concat(DSL, KIT)))
                .should().dependOnClassesThat().resideInAnyPackage(SERVER)
                .check(classes);
    }

    @Test
    void theCoreCarriesOnlyJackson() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("groovy..", "org.codehaus.groovy..", "org.apache.groovy..",
                        "org.junit..", "org.spockframework..", "spock..", "picocli..", "org.apache.commons..", "com.github.difflib..",
                        "org.commonmark..")
                .check(classes);
    }

    @Test
    void onlyTheParserAndTheSpockKitTouchGroovy() {
        noClasses().that().resideOutsideOfPackages("io.coverkit.dsl..", "io.coverkit.kit..")
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
        // the API is the core's face: nothing inside the core's pipeline leans on it
        noClasses().that().resideInAnyPackage("io.coverkit.model..", "io.coverkit.request..", "io.coverkit.determination..",
                        "io.coverkit.eval..", "io.coverkit.compile..", "io.coverkit.validate..", "io.coverkit.diagnostic..",
                        "io.coverkit.json..", "io.coverkit.cache..")
                .should().dependOnClassesThat().resideInAnyPackage("io.coverkit.api..", "io.coverkit.cli..")
                .check(classes);
    }

    @Test
    void evaluationNeverDependsOnJsonOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("io.coverkit.model..", "io.coverkit.eval..", "io.coverkit.compile..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "picocli..")
                .check(classes);
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
