package io.coverkit.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A control or bidirectional character that the gate refuses in a file's bytes is refused just the
 * same when a string writes it as an escape ({@code '\u001b'}, {@code '\u202E'}): for every such
 * character, in every place text is written, the file gets V005 at the string, not a model that
 * would carry the character to terminals, pages and determinations.
 */
class EscapedCharactersTest {

    /** Every character the gate forbids in a file's bytes. */
    static IntStream unsafe() {
        return IntStream.rangeClosed(0, 0xFFFF)
                .filter(c -> PreParseGate.isForbidden((char) c, 1))
                .filter(c -> c < 0xD800 || c > 0xDFFF);
    }

    /** Where text is written: a paragraph, an indication, a criterion's text: argument, the title. */
    private static final List<String[]> PLACES = List.of(
            new String[] {"            indication 'Implanted fiducial markers'", "            indication 'Implanted %s markers', id: 'x'"},
            new String[] {"            indication 'Implanted fiducial markers'",
                    "            indication 'Implanted fiducial markers'\n            age min: 50, text: 'Age %s 50'"},
            new String[] {"    title 'Test guideline'", "    title 'Test %s guideline'"},
            new String[] {"        anyOf {", "        paragraph 'Covered %s when:'\n        anyOf {"});

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        int[] chars = unsafe().toArray();
        for (int i = 0; i < chars.length; i++) {
            String[] place = PLACES.get(i % PLACES.size());
            cases.add(Arguments.of(String.format("\\u%04x", chars[i]), place[0], place[1]));
        }
        // every place with each kind once more: a terminal escape, a bidi override, NUL, a C1 control
        for (String escape : List.of("\\u001b[2K", "\\u202E", "\\u0000", "\\u009b")) {
            for (String[] place : PLACES) {
                cases.add(Arguments.of(escape, place[0], place[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("cases")
    void anEscapedUnsafeCharacterInTextIsADiagnosticAtTheString(String escape, String anchor, String line) {
        String policy = Snippets.MINIMAL.replace(anchor, line.formatted(escape));
        assertTrue(!policy.equals(Snippets.MINIMAL), "the case changes the policy");
        PolicyReader.Result result = Snippets.read(policy);
        List<Diagnostic> v005 = result.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.V005).toList();
        assertEquals(1, v005.size(), () -> "one V005 for " + escape + ": " + Snippets.render(result.diagnostics()));
        assertTrue(v005.get(0).message().contains("control or bidirectional character"), v005.get(0).message());
        int lineNumber = v005.get(0).at().line();
        String written = policy.lines().toList().get(lineNumber - 1);
        assertTrue(written.contains(escape.substring(0, Math.min(6, escape.length()))),
                () -> "the diagnostic is at the line writing the escape: " + written);
    }
}
