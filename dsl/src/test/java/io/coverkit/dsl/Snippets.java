package io.coverkit.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.model.Guideline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Policy snippets for tests: a minimal valid policy with known line numbers, ways to change one
 * line of it, and assertions on diagnostics by code, line and column (a {@code SourceRef} ignores
 * its position in equality, so positions are compared explicitly).
 */
public final class Snippets {
    private Snippets() {}

    /** The file name snippets are read as; it matches the minimal policy's guideline id. */
    public static final String FILE = "01-00000-00.groovy";

    /**
     * A minimal valid policy. Line numbers matter to the tests: 1 `guideline`, 2 `title`, 3
     * `originalEffectiveDate`, 6 the indication, 11 the code, 14 the document, 18 the exception, 21
     * the revision, 23 the closing brace.
     */
    public static final String MINIMAL = """
            guideline('01-00000-00') {
                title 'Test guideline'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    anyOf {
                        indication 'Implanted fiducial markers'
                    }
                }
                billingCoding {
                    codes('CPT') {
                        code '77387'
                    }
                    documentation {
                        requiresDocument loinc: '28626-0' within 6.months
                    }
                }
                programExceptions {
                    exception 'FEP'
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                }
            }
            """;

    /** The minimal policy with line {@code line} (1-based) replaced by {@code text}. */
    public static String replacing(int line, String text) {
        List<String> lines = lines(MINIMAL);
        lines.set(line - 1, text);
        return String.join("\n", lines) + "\n";
    }

    /** The minimal policy with {@code text} inserted so that it becomes line {@code line}. */
    public static String inserting(int line, String... text) {
        List<String> lines = lines(MINIMAL);
        lines.addAll(line - 1, Arrays.asList(text));
        return String.join("\n", lines) + "\n";
    }

    /** The minimal policy without line {@code line}. */
    public static String removing(int line) {
        List<String> lines = lines(MINIMAL);
        lines.remove(line - 1);
        return String.join("\n", lines) + "\n";
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(text.lines().toList());
    }

    /** Reads {@code text} as {@link #FILE} with the default reader. */
    public static PolicyReader.Result read(String text) {
        return new PolicyReader().read(FILE, text);
    }

    /** Reads text that must be valid and returns its guideline. */
    public static Guideline valid(String text) {
        PolicyReader.Result result = read(text);
        assertEquals(List.of(), render(result.diagnostics()), "expected no diagnostics");
        assertTrue(result.guideline().isPresent(), "a file without errors yields its guideline");
        return result.guideline().get();
    }

    /** The guideline of {@code text}, which must read and validate without a diagnostic. */
    public static Guideline validated(String text) {
        Guideline g = valid(text);
        assertEquals(List.of(), new io.coverkit.validate.GuidelineValidator().validate(g), "expected a valid guideline");
        return g;
    }

    /** A diagnostic as tests name it: code at line:column. */
    public record At(DiagnosticCode code, int line, int column) {
        @Override
        public String toString() {
            return code + "@" + line + ":" + column;
        }
    }

    public static At at(DiagnosticCode code, int line, int column) {
        return new At(code, line, column);
    }

    /** Asserts that the result holds exactly these diagnostics, in this order, and no guideline. */
    public static void assertExactly(PolicyReader.Result result, At... expected) {
        assertEquals(List.of(expected), positions(result.diagnostics()),
                () -> "diagnostics were:\n" + String.join("\n", render(result.diagnostics())));
        if (result.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            assertTrue(result.guideline().isEmpty(), "a file with errors yields no guideline");
        }
    }

    /** The one diagnostic at {@code expected}; fails when there is none or more than one. */
    public static Diagnostic only(PolicyReader.Result result, At expected) {
        assertExactly(result, expected);
        return result.diagnostics().get(0);
    }

    public static List<At> positions(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> at(d.code(), d.at().line(), d.at().column())).toList();
    }

    public static List<String> render(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.toList());
    }
}
