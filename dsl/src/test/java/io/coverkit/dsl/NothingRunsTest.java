package io.coverkit.dsl;

import static io.coverkit.dsl.Snippets.MINIMAL;
import static io.coverkit.dsl.Snippets.inserting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.lang.GroovyShell;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A policy file is syntax, never a program: code that would run when a script is executed, or
 * merely compiled, is rejected with diagnostics and never runs.
 */
class NothingRunsTest {

    private static final String CANARY = "coverkit.canary";
    private static final String SET = "System.setProperty('coverkit.canary', 'ran')";

    @BeforeEach
    @AfterEach
    void clearCanary() {
        System.clearProperty(CANARY);
    }

    private static List<Diagnostic> rejected(String text, DiagnosticCode expected, int line, int column) {
        PolicyReader.Result result = Snippets.read(text);
        assertNull(System.getProperty(CANARY), "the policy ran");
        assertTrue(result.guideline().isEmpty());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.code() == expected && d.at().line() == line
                        && d.at().column() == column),
                () -> "expected " + expected + "@" + line + ":" + column + " in " + Snippets.render(result.diagnostics()));
        return result.diagnostics();
    }

    @Test
    void controlTheCanaryRunsWhenAScriptIsEvaluated() {
        new GroovyShell().evaluate(SET);
        assertEquals("ran", System.getProperty(CANARY), "the canary works, so its absence below means something");
    }

    @Test
    void controlAnAstTestRunsWhenAScriptIsMerelyCompiled() {
        new GroovyShell().parse("@groovy.transform.ASTTest(value={" + SET + "})\ndef x = 1\n");
        assertEquals("ran", System.getProperty(CANARY), "compiling alone ran it: why policies are never compiled");
    }

    @Test
    void aCallToSystemAtTheTop() {
        List<Diagnostic> d = rejected(SET + "\n" + MINIMAL, DiagnosticCode.R003, 1, 1);
        assertEquals("a method call on an object (`.setProperty`) is not part of the policy vocabulary", d.get(0).message());
    }

    @Test
    void aCallToSystemInsideTheGuideline() {
        rejected(inserting(2, "    " + SET), DiagnosticCode.R003, 2, 5);
    }

    @Test
    void aCallToSystemAsAnArgument() {
        rejected(Snippets.replacing(2, "    title " + SET), DiagnosticCode.R003, 2, 11);
        rejected(Snippets.replacing(2, "    title \"${" + SET + "}\""), DiagnosticCode.R003, 2, 11);
    }

    @Test
    void aStaticInitializerInAClass() {
        List<Diagnostic> d = rejected(MINIMAL + "class Canary {\n    static { " + SET + " }\n}\n", DiagnosticCode.R003, 24, 1);
        assertTrue(d.get(0).message().contains("class declaration `Canary`"));
    }

    @Test
    void aStaticInitializerOutsideAClass() {
        rejected(inserting(2, "    static { " + SET + " }"), DiagnosticCode.P001, 2, 5);
    }

    @Test
    void anAstTestOnADeclaration() {
        String astTest = "@groovy.transform.ASTTest(value={System.setProperty('coverkit.canary','ran')})";
        List<Diagnostic> d = rejected(astTest + "\ndef x = 1\n" + MINIMAL, DiagnosticCode.R003, 1, 1);
        assertTrue(d.get(0).message().startsWith("a variable declaration"), d.get(0).message());
        rejected(inserting(2, "    " + astTest, "    def x = 1"), DiagnosticCode.R003, 2, 5);
        rejected(astTest + "\nclass A {}\n" + MINIMAL, DiagnosticCode.R003, 1, 1);
        rejected(MINIMAL + "@groovy.transform.ASTTest(value={" + SET + "})\ndef m() {}\n", DiagnosticCode.R003, 24, 1);
    }

    @Test
    void aGrabOnAnImport() {
        List<Diagnostic> d = rejected("@Grab('x:y:1')\nimport java.lang.Math\n" + MINIMAL, DiagnosticCode.R003, 1, 1);
        assertEquals("an import is not part of the policy vocabulary", d.get(0).message());
        assertFalse(d.stream().anyMatch(x -> x.message().contains("Grape") || x.message().contains("resolve")),
                "nothing tried to fetch the dependency");
    }

    @Test
    void aGrabConfigOnAnImportAlone() {
        rejected("@GrabConfig(systemClassLoader=true)\n@Grab('x:y:1')\nimport java.lang.Math\n", DiagnosticCode.R003, 1, 1);
    }

    @Test
    void theCanaryStaysUnsetAfterAllOfThem() {
        for (String text : List.of(SET, "class C { static { " + SET + " } }",
                "@groovy.transform.ASTTest(value={" + SET + "})\ndef x = 1", "@Grab('x:y:1')\nimport java.lang.Math",
                "this.getClass().getClassLoader()", "Class.forName('java.lang.Runtime')", "evaluate('" + SET.replace("'", "\"") + "')")) {
            assertFalse(Snippets.read(text).diagnostics().isEmpty(), text);
        }
        assertNull(System.getProperty(CANARY));
    }
}
