package io.coverkit.spark.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * coverkit-spark sits beside the command line and the server (spark -> dsl -> core), and what runs
 * on executors needs only the core and a bundle: the one class that reads policy files on the
 * driver is the only one that touches the DSL, and nothing touches Groovy.
 */
class SparkArchitectureTest {

    /** coverkit-dsl's packages. */
    private static final String[] DSL = {"io.coverkit.dsl..", "io.coverkit.render..", "io.coverkit.diff..", "io.coverkit.policy.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.coverkit.spark");
    }

    @Test
    void onlyTheDriversPolicyReaderTouchesTheDsl() {
        noClasses().that().resideInAPackage("io.coverkit.spark..")
                .and().doNotHaveFullyQualifiedName("io.coverkit.spark.PolicyFiles")
                .and().doNotHaveFullyQualifiedName("io.coverkit.spark.ShippedPolicies")
                .should().dependOnClassesThat().resideInAnyPackage(DSL)
                .because("executors decide from the bundle with the core alone; only the driver reads policy files")
                .check(classes);
    }

    @Test
    void nothingTouchesGroovyTheServerTheKitOrTheCommandLine() {
        noClasses().that().resideInAPackage("io.coverkit.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("groovy..", "org.codehaus.groovy..", "org.apache.groovy..",
                        "io.coverkit.server..", "io.coverkit.kit..", "io.coverkit.coverage..", "io.coverkit.cli..")
                .check(classes);
    }

    @Test
    void theShippedPoliciesReadTheDslOnlyThroughPolicyFiles() {
        noClasses().that().haveFullyQualifiedName("io.coverkit.spark.ShippedPolicies")
                .should().dependOnClassesThat().resideInAnyPackage("io.coverkit.dsl..", "io.coverkit.render..", "io.coverkit.diff..")
                .check(classes);
    }
}
