package io.coverkit.dsl;

import static io.coverkit.dsl.Snippets.FILE;
import static io.coverkit.dsl.Snippets.MINIMAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.coverkit.bench.SyntheticPolicies;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.codehaus.groovy.ast.ModuleNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct parser against Groovy's: on every text it reads, it must build Groovy's syntax tree
 * node for node (see {@link SyntaxTrees}); on every text Groovy's parser rejects, it must give up.
 * The corpus: the real policies, the benchmark's synthetic variants, every Groovy file in the
 * repository, the minimal policy with each of its lines rewritten in many ways, and random edits
 * of it. Every other read in the test run is cross-checked as well ({@link DirectParserCrossCheck}).
 */
class DirectParserTest {

    /** Lines written in the subset, and lines just outside it, each tried in place of every line of the minimal policy. */
    static final List<String> LINES = List.of(
            "    title 'T'",
            "    title \"T\"",
            "    title '''T\nover two lines'''",
            "    title \"\"\"T\n  over two lines\"\"\"",
            "    title 'it\\'s \\\"quoted\\\" \\t \\u00e9 \\101 \\$ \\\\'",
            "    title 'continued \\\n on the next line'",
            "    title '''continued \\\n on the next line'''",
            "    title '$ is text here'",
            "    title ''",
            "    title '''''' ",
            "    title \"with $ inside\"",
            "    title 'Calypso® 4D “live” – ™'",
            "    title 'x' // a comment",
            "    title 'x' /* a comment */",
            "    title /* a comment */ 'x'",
            "    /* a comment\n over lines */ title 'x'",
            "    /* a comment\n over lines */\n    title 'x'",
            "    /** a doc comment */ title 'x'",
            "    title 'x',\n        'y'",
            "    title 'x', // why\n        'y'",
            "    title 'x', reason: 'y'",
            "    title reason: 'y', 'x'",
            "    title reason: 'y'",
            "    title reason : 'y'",
            "    title reason:\n 'y'",
            "    title('x')",
            "    title('x', reason: 'y',)",
            "    title(\n        'x',\n        reason: 'y'\n    )",
            "    title(reason: 'y') {\n    }",
            "    title(reason: 'y', 'x') { paragraph 'z' }",
            "    title() {}",
            "    title {}",
            "    title{ }",
            "    title",
            "    title()",
            "    title ('x')",
            "    title(('x'))",
            "    title 1, 0, 2147483647, 2147483648, 9223372036854775807",
            "    title 9223372036854775808",
            "    title 1.5",
            "    title -1",
            "    title 010",
            "    title 0x10",
            "    title 10L",
            "    title 1_000",
            "    title true, false",
            "    title null",
            "    title 6.months, 1.day, 2.weeks, 3.years",
            "    title 6.foo",
            "    title 6.months.ago",
            "    title 6 .months",
            "    title 6.Months",
            "    title 1.e5",
            "    title 1.d",
            "    title 'x' within 6.months",
            "    title 'x' within",
            "    title 'x' within 6.months, 7",
            "    title 'x' within 6.months and 'y'",
            "    title loinc: 'x', name: 'y' within 6.months",
            "    title loinc: 'x', loinc: 'y'",
            "    title('x') within 6.months",
            "    title { } within 6.months",
            "    title 'x'; title 'y'",
            "    title 'x' title 'y'",
            "    title 'x'.trim()",
            "    title 'x' + 'y'",
            "    title ['x']",
            "    title x",
            "    title x: y",
            "    title 'a': 'b'",
            "    Title 'x'",
            "    títle 'x'",
            "    ti$tle 'x'",
            "    _title 'x'",
            "    title: 'x'",
            "    def title = 'x'",
            "    if (true) { title 'x' }",
            "    import java.io.File",
            "    return",
            "    title /x/",
            "    title 'x' \\\n        'y'",
            "    title { it -> paragraph 'x' }",
            "    title { -> paragraph 'x' }",
            "    title 'a\\qb'",
            "    title 'a\\u00zz'",
            "    title '😀'",
            "    title\n    {\n    }",
            "    title 'x'\n    .trim()",
            "    title 'x'\r",
            "    title '\f'",
            "    title 'x'\n\n\n",
            "    {",
            "    }",
            "    title 'unclosed",
            "    title'x'",
            "    title() /* why */ { }",
            "    title /* why */ { paragraph 'x' }",
            "    title { // why\n    }",
            "    title 'x', /* why\n over lines */ 'y'",
            "    title 'x' /* why\n over lines */ 'y'",
            "    title 6\n    .months",
            "    title(6\n    .months)",
            "    title(6.months\n    )",
            "    title 6..7",
            "    title 6months",
            "    title true1, false_",
            "    title 'a''b'",
            "    title 'x',\n    }",
            "    title \"a\\$b\"",
            "    title '\\u000a'",
            "\ttitle\t'x'",
            "    title '''it's'''",
            "    title ''''four''''");

    @Test
    void everyRealPolicyIsReadDirectlyAndAlike() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("policies"))) {
            List<Path> policies = files.filter(p -> p.toString().endsWith(".groovy")).sorted().toList();
            assertTrue(policies.size() >= 3, "the repository's policies are found");
            for (Path policy : policies) {
                String text = Files.readString(policy, StandardCharsets.UTF_8);
                assertTrue(SyntaxTrees.direct(policy.toString(), text).isPresent(),
                        policy + " must be read by the direct parser");
                assertAlike(policy.toString(), text);
            }
        }
    }

    @Test
    void everySyntheticVariantIsReadDirectlyAndAlike(@TempDir Path dir) throws IOException {
        SyntheticPolicies.write(dir, 6);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> variants = files.sorted().toList();
            assertEquals(6, variants.size());
            for (Path variant : variants) {
                String text = Files.readString(variant, StandardCharsets.UTF_8);
                assertTrue(SyntaxTrees.direct(variant.toString(), text).isPresent(), variant + " is read directly");
                assertAlike(variant.toString(), text);
            }
        }
    }

    @Test
    void everyGroovyFileInTheRepositoryIsReadAlikeOrLeftToGroovy() throws IOException {
        int read = 0;
        int files = 0;
        for (String root : List.of("policies", "core/src/test/resources", "dsl/src/test/resources", "cli/src/test/resources", "specs", "examples")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".groovy")).sorted().toList()) {
                    files++;
                    // Some fixtures are not UTF-8 on purpose; the gate stops them, the parsers still agree.
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    read += assertAlike(file.toString(), text) ? 1 : 0;
                }
            }
        }
        assertTrue(files > 100, "the repository's Groovy files are found: " + files);
        assertTrue(read > 20, "the policy-like files among them are read directly: " + read);
    }

    /**
     * Lines 2, 6, 14 and 23 of the minimal policy: a statement in the file's block, one three blocks
     * deep, the chained `requiresDocument`, and the closing brace (so new lines land at file level).
     */
    @Test
    void linesOfTheMinimalPolicyRewrittenInManyWays() {
        int read = 0;
        for (int line : new int[] {2, 6, 14, 23}) {
            for (String text : LINES) {
                read += assertAlike("line " + line + " as `" + text + "`", Snippets.replacing(line, text)) ? 1 : 0;
                read += assertAlike("inserted at " + line + ": `" + text + "`", Snippets.inserting(line, text)) ? 1 : 0;
            }
        }
        assertTrue(read > 4 * 50, "many rewritten policies are still read directly: " + read);
    }

    @Test
    void randomEditsOfTheMinimalPolicy() {
        List<String> pieces = List.of("'", "\"", "'''", "(", ")", "{", "}", ",", ":", ".", "\n", " ", "//", "/*", "*/",
                "\\", "$", "6", "x", "within", "def", "-", ";", "[", "]", "true", "é", "\t", "0", "months", "=");
        Random random = new Random(20261127);
        int read = 0;
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder(MINIMAL);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, pieces.get(random.nextInt(pieces.size())));
                    default -> text.replace(at, Math.min(text.length(), at + 1 + random.nextInt(4)),
                            pieces.get(random.nextInt(pieces.size())));
                }
            }
            read += assertAlike("edit " + round, text.toString()) ? 1 : 0;
        }
        assertTrue(read > 30, "some edited policies are still read directly: " + read);
    }

    /** A file the direct parser reads takes that path through the reader, Groovy's parser is not used. */
    @Test
    void theReaderTakesTheDirectPathForEveryRealPolicy() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("policies"))) {
            for (Path policy : files.filter(p -> p.toString().endsWith(".groovy")).sorted().toList()) {
                long direct = SyntaxParser.DIRECT_READS.sum();
                long groovy = SyntaxParser.GROOVY_READS.sum();
                PolicyReader.Result result = new PolicyReader().read(policy.toString(), Files.readAllBytes(policy));
                assertTrue(result.guideline().isPresent(), () -> policy + ": " + result.diagnostics());
                assertEquals(direct + 1, SyntaxParser.DIRECT_READS.sum(), policy + " was read directly");
                assertEquals(groovy, SyntaxParser.GROOVY_READS.sum(), policy + " did not reach Groovy's parser");
            }
        }
    }

    @Test
    void aFileOutsideTheSubsetTakesGroovysPathWithGroovysMessage() {
        long direct = SyntaxParser.DIRECT_READS.sum();
        long groovy = SyntaxParser.GROOVY_READS.sum();
        PolicyReader.Result result = Snippets.read(Snippets.replacing(2, "    title 'x' )"));
        assertEquals(direct, SyntaxParser.DIRECT_READS.sum());
        assertEquals(groovy + 1, SyntaxParser.GROOVY_READS.sum());
        Diagnostic d = result.diagnostics().get(0);
        assertEquals("P001@2", d.code() + "@" + d.at().line(), d.format());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "    title \"a $b\"",
        "    title 'x'\r",
        "    def x = 1",
        "    import java.io.File",
        "    class A {}",
        "    if (true) { title 'x' }",
        "    amount -1",
        "    title 'x'; revised '2020-01-01'",
        "    positionStatement\n    {\n    }",
        "    title 'a\\qb'",
        "    títle 'x'",
        "    title: 'x'",
        "    title ('x')",
        "    title(('x'))",
        "    codes(['CPT'])",
        "    title /x/",
        "    anyOf { it -> indication 'x' }",
        "    Title 'x'",
        "    amount 99999999999999999999",
        "    amount 010",
        "    amount 10L",
        "    /** doc */ title 'x'",
        "    title '''it's'''",
        "    title 'x' within 6.months and 'y'",
        "    title 'x'.trim()",
        "    title 'x'\n    .trim()",
        "    title 'x', id:\n        'y'",
        "    exception 'FEP', 'heading': 'x'",
        "    title '😀'",
        "    title \\\n 'x'",
        "    within 6 .months",
    })
    void givesUpOutsideItsSubset(String line) {
        String text = Snippets.replacing(2, line);
        assertTrue(SyntaxTrees.direct(FILE, text).isEmpty(), "the direct parser must leave `" + line + "` to Groovy");
    }

    @Test
    void givesUpOnBlocksNestedDeeperThanTheGateAllows() {
        String text = "a {\n".repeat(100) + "}\n".repeat(100);
        assertTrue(SyntaxTrees.direct(FILE, text).isEmpty());
        String shallow = "a {\n".repeat(30) + "}\n".repeat(30);
        assertTrue(assertAlike("30 nested blocks", shallow));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "// only a comment\n", "#!/usr/bin/env groovy\n" + "guideline('x') {}\n"})
    void givesUpOnFilesWithoutStatementsOrWithAScriptHeader(String text) {
        assertTrue(SyntaxTrees.direct(FILE, text).isEmpty());
    }

    /** The direct parser stops, in the lexer or between statements, once the file's time is spent. */
    @Test
    void stopsWhenTheTimeBudgetIsSpent() {
        String longText = "guideline('x') {\n" + "    paragraph 'some words of text'\n".repeat(400) + "}\n";
        org.codehaus.groovy.control.CompilerConfiguration config = new org.codehaus.groovy.control.CompilerConfiguration();
        org.codehaus.groovy.control.SourceUnit unit = new org.codehaus.groovy.control.SourceUnit(
                FILE, longText, config, null, new org.codehaus.groovy.control.ErrorCollector(config));
        int[] looks = {0};
        assertThrows(DirectLexer.OutOfTime.class, () -> DirectParser.parse(unit, longText, () -> ++looks[0] > 2));
        assertEquals(3, looks[0], "it looks at the budget as it goes and stops at the first look that finds it spent");
        assertTrue(DirectParser.parse(unit, longText, () -> false).isPresent());
    }

    @Test
    void aFileReadDirectlyIsHeldToTheTimeLimitToo() {
        long direct = SyntaxParser.DIRECT_READS.sum();
        PolicyReader.Result result = new PolicyReader(PreParseGate.Limits.DEFAULT, java.time.Duration.ZERO).read(FILE, MINIMAL);
        assertEquals(List.of("G007@1:1"), result.diagnostics().stream()
                .map(d -> d.code() + "@" + d.at().line() + ":" + d.at().column()).toList());
        assertEquals(direct, SyntaxParser.DIRECT_READS.sum(), "a read over its time is not counted as read");
    }

    /** The comparison would notice a tree that differs in a single column, so agreement means something. */
    @Test
    void theComparisonSeesASingleColumnOfDifference() {
        ModuleNode direct = SyntaxTrees.direct(FILE, MINIMAL).orElseThrow();
        assertEquals(Optional.empty(), SyntaxTrees.difference(groovyMinimal(), direct));
        ModuleNode shifted = SyntaxTrees.direct(FILE, MINIMAL.replace("title 'Test", "title  'Test")).orElseThrow();
        String difference = SyntaxTrees.difference(groovyMinimal(), shifted).orElseThrow();
        assertTrue(difference.contains("olumnNumber"), difference);
        ModuleNode retyped = SyntaxTrees.direct(FILE, MINIMAL.replace("6.months", "6.weeks")).orElseThrow();
        assertTrue(SyntaxTrees.difference(groovyMinimal(), retyped).orElseThrow().contains("weeks"));
    }

    private static ModuleNode groovyMinimal() {
        return SyntaxTrees.groovy(FILE, MINIMAL).orElseThrow();
    }

    /**
     * Checks one text; true when the direct parser read it. Reading it must give Groovy's tree
     * and, from it, the same calls and diagnostics; text Groovy rejects must be left to Groovy.
     */
    static boolean assertAlike(String label, String text) {
        Optional<ModuleNode> direct = SyntaxTrees.direct(FILE, text);
        if (direct.isEmpty()) {
            return false;
        }
        Optional<ModuleNode> groovy = SyntaxTrees.groovy(FILE, text);
        if (groovy.isEmpty()) {
            fail(label + ": the direct parser read text Groovy's parser rejects:\n" + text);
        }
        SyntaxTrees.difference(groovy.get(), direct.get()).ifPresent(d -> fail(label + ": " + d + "\n" + text));
        assertEquals(readerOutcome(groovy.get()), readerOutcome(direct.get()), label);
        return true;
    }

    private static List<String> readerOutcome(ModuleNode module) {
        Diagnostics diagnostics = new Diagnostics();
        List<String> outcome = new ArrayList<>();
        new VocabularyReader(Vocabulary.standard(), FILE, diagnostics).read(module).forEach(c -> outcome.add(c.toString()));
        diagnostics.sorted().forEach(d -> outcome.add(d.format()));
        return outcome;
    }
}
