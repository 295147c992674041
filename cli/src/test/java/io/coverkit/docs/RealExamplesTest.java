package io.coverkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.dsl.Block;
import io.coverkit.dsl.IdeDescriptor;
import io.coverkit.dsl.Keyword;
import io.coverkit.dsl.PolicyReader;
import io.coverkit.dsl.RealExamples;
import io.coverkit.dsl.RealExamples.RealExample;
import io.coverkit.dsl.Vocabulary;
import io.coverkit.dsl.VocabularyReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The quotations the vocabulary reference shows are real: each is in the policy it names, as
 * written there, and the reader accepts it where its keyword belongs.
 */
class RealExamplesTest {

    private static final Pattern CUT = Pattern.compile("(?m)^[ \\t]*\\.\\.\\.[ \\t]*$");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    @TestFactory
    List<DynamicTest> everyQuotationIsInThePolicyItNames() {
        return RealExamples.all().stream().map(e -> DynamicTest.dynamicTest(e.keyword() + " from " + e.guideline(), () -> {
            String policy = oneLine(Files.readString(Path.of("policies", e.guideline() + ".groovy")));
            int from = 0;
            for (String part : CUT.split(e.source())) {
                String quoted = oneLine(part).strip();
                int at = policy.indexOf(quoted, from);
                assertTrue(at >= 0, "policies/" + e.guideline() + ".groovy does not contain, after what came before:\n" + part);
                from = at + quoted.length();
            }
        })).toList();
    }

    @TestFactory
    List<DynamicTest> everyQuotationIsReadWhereItsKeywordBelongs() {
        return RealExamples.all().stream().map(e -> DynamicTest.dynamicTest(e.keyword() + " from " + e.guideline(), () ->
                assertReadWhereItBelongs(e.keyword(), e.guideline(), CUT.matcher(e.source()).replaceAll("")))).toList();
    }

    @TestFactory
    List<DynamicTest> everySentenceIsInItsStoredTextAndItsCriterionIsRead() {
        assertFalse(RealExamples.fromTexts().isEmpty());
        return RealExamples.fromTexts().stream().map(e -> DynamicTest.dynamicTest(e.keyword() + " from " + e.source(), () -> {
            String text = oneLine(Files.readString(Path.of("policies", "sources", e.source())));
            assertTrue(text.contains(oneLine(e.sentence())), "policies/sources/" + e.source() + " does not say: " + e.sentence());
            assertTrue(e.criterion().startsWith(e.keyword() + " "), e.criterion());
            assertReadWhereItBelongs(e.keyword(), "example", e.criterion());
        })).toList();
    }

    /** Reads {@code source} inside the blocks where {@code keyword} belongs: the reader must raise nothing on it. */
    private static void assertReadWhereItBelongs(String keyword, String file, String source) {
        Vocabulary vocabulary = Vocabulary.standard();
        Map<Block, List<Keyword>> paths = IdeDescriptor.paths(vocabulary);
        Optional<Keyword> found = vocabulary.keywords().stream().filter(k -> k.name().equals(keyword)).findFirst();
        assertTrue(found.isPresent(), "`" + keyword + "` is not a keyword");
        List<Keyword> path = paths.get(found.get().in());
        StringBuilder policy = new StringBuilder();
        for (Keyword opener : path) {
            String open = VocabularyReference.example(opener);
            policy.append(open, 0, open.lastIndexOf('}')).append('\n');
        }
        int first = path.size() + 1;
        int last = first + (int) source.lines().count() - 1;
        policy.append(source).append('\n').append("}\n".repeat(path.size()));
        List<Diagnostic> onExample = new PolicyReader().read(file + ".groovy", policy.toString()).diagnostics().stream()
                .filter(d -> d.at().line() >= first && d.at().line() <= last)
                // Cross-references (a diagnosis list, a drug) resolve in the whole policy, not in the quotation.
                .filter(d -> !d.code().name().startsWith("C") && d.code() != DiagnosticCode.R008)
                .toList();
        assertEquals(List.of(), onExample, "`" + keyword + "`:\n" + policy);
    }

    @Test
    void theReferencePrintsEveryQuotationUnderItsKeyword() throws IOException {
        String reference = Files.readString(Path.of("docs/vocabulary.md"));
        assertFalse(RealExamples.all().isEmpty());
        for (RealExample e : RealExamples.all()) {
            int heading = reference.indexOf("### `" + e.keyword() + "`");
            int quotation = reference.indexOf("As `" + e.guideline() + "` uses it (policies/" + e.guideline()
                    + ".groovy):\n\n```groovy\n" + e.source() + "\n```", heading);
            int next = reference.indexOf("\n### ", heading + 1);
            assertTrue(heading >= 0 && quotation > heading && (next < 0 || quotation < next), "quotation of " + e.keyword());
        }
        for (RealExamples.TextExample e : RealExamples.fromTexts()) {
            int heading = reference.indexOf("### `" + e.keyword() + "`");
            int sentence = reference.indexOf("For \"" + e.sentence() + "\" (policies/sources/" + e.source()
                    + "):\n\n```groovy\n" + e.criterion() + "\n```", heading);
            int next = reference.indexOf("\n### ", heading + 1);
            assertTrue(heading >= 0 && sentence > heading && (next < 0 || sentence < next), "sentence for " + e.keyword());
        }
    }

    private static String oneLine(String text) {
        return SPACE.matcher(text).replaceAll(" ");
    }
}
