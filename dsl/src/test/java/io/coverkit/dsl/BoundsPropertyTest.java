package io.coverkit.dsl;

import static io.coverkit.dsl.Snippets.inserting;
import static io.coverkit.dsl.Snippets.read;
import static io.coverkit.dsl.Snippets.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.model.ClauseId;
import io.coverkit.model.Guideline;
import io.coverkit.model.TimeSpan;
import io.coverkit.validate.GuidelineValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values at and beyond every bound, for every kind of argument a keyword takes (dates, spans, whole
 * numbers, ids, codes, texts), each written into a valid policy: reading, validating and compiling
 * it gives diagnostics at a line and column, or a model; never an exception.
 */
class BoundsPropertyTest {

    static final List<String> DATES = List.of("1900-01-01", "2199-12-31", "1899-12-31", "2200-01-01", "0000-01-01",
            "0001-01-01", "9999-12-31", "+5800000-01-01", "+11547632-01-01", "-0001-01-01", "+999999999-12-31",
            "2024-02-29", "2100-02-29", "2026-13-01", "", "2026-06-01T00:00");

    /** Span amounts at and around each unit's maximum, zero, and past every integer type. */
    static List<String> spans() {
        List<String> spans = new ArrayList<>();
        for (TimeSpan.Unit unit : TimeSpan.Unit.values()) {
            int max = unit.maximum();
            for (String amount : List.of("0", "1", String.valueOf(max - 1), String.valueOf(max), String.valueOf(max + 1),
                    "2147483647", "2147483648", "9223372036854775808", "99999999999999999999", "06", "0x6", "6_0", "6L")) {
                spans.add(amount + "." + unit.written());
            }
        }
        return spans;
    }

    static final List<String> WHOLES = List.of("0", "1", "199", "200", "201", "050", "077", "0x32", "0X32", "0b110010",
            "5_0", "50L", "50l", "50G", "50g", "50i", "50d", "50f", "1e2", "1.5", "50.0", "2147483647", "2147483648",
            "9223372036854775807", "9223372036854775808", "99999999999999999999", "-1", "-0x32", "00");

    /** Ids of every length around the bound, and derived ids that outgrow it. */
    static List<String> ids() {
        List<String> ids = new ArrayList<>(List.of("a", "a-b", "-a", "a--b", "A", "a_b", ""));
        for (int length : List.of(ClauseId.MAX_LENGTH - 1, ClauseId.MAX_LENGTH, ClauseId.MAX_LENGTH + 1, 200, 5000)) {
            ids.add(word(length));
            ids.add(hyphenated(length));
        }
        ids.add("quit-smoking-or-stopped-using-any-other-tobacco-product-including-vapes");
        return ids;
    }

    static final List<String> CODES = List.of("77387", "G6001", "7738", "773877", "", "g6001", "0197T", "28626-0", "28626-1",
            "99999999-9", "M81.0", "M81.00000", "Z", "Z99.99999");

    static List<String> texts() {
        return List.of("", " ", "x", "x".repeat(10_000), "a ".repeat(2_000), "Age 50 - 77 years");
    }

    static Stream<Arguments> policies() {
        List<Arguments> cases = new ArrayList<>();
        for (String date : DATES) {
            cases.add(case_("originalEffectiveDate", replacing(3, "    originalEffectiveDate '" + date + "'")));
            cases.add(case_("revision", replacing(21, "        revision '" + date + "', 'New.'")));
            cases.add(case_("added", replacing(6, "            indication 'Implanted fiducial markers', added: '" + date + "'")));
            cases.add(case_("deleted", replacing(6, "            indication 'Implanted fiducial markers', deleted: '" + date + "'")));
            cases.add(case_("unknownBefore", inserting(5, "        unknownBefore '" + date + "', reason: 'x'")));
            cases.add(case_("committeeApproval", inserting(23, "    committeeApproval 'x', date: '" + date + "'")));
            cases.add(case_("second revision", inserting(22, "        revision '" + date + "', 'Review.'")));
        }
        cases.addAll(numbers().toList());
        for (TimeSpan.Unit unit : TimeSpan.Unit.values()) {
            for (int amount : List.of(0, unit.maximum(), unit.maximum() + 1)) {
                String span = amount + "." + unit.written();
                cases.add(case_("timeFrameModifier", inserting(14, "            timeFrameModifier '18805-2', within: " + span
                        + ", narrative: 'x'")));
                cases.add(case_("since", inserting(7, "            since 'quit-smoking', within: " + span)));
                cases.add(case_("tried", inserting(7, "            tried drugClass: 'statins', atLeast: " + span)));
                cases.add(case_("cap", inserting(7, "            cap " + span + ", per: " + span)));
                cases.add(case_("authorizationLength", inserting(23, "    authorizationLength " + span)));
            }
        }
        for (String id : ids()) {
            cases.add(case_("indication id", replacing(6, "            indication 'Implanted fiducial markers', id: '" + id + "'")));
            cases.add(case_("indication text", replacing(6, "            indication '" + id.replace('-', ' ') + "'")));
            cases.add(case_("since event", inserting(7, "            since '" + id + "', within: 15.years")));
            cases.add(case_("since before", inserting(7, "            since 'x', within: 15.years, before: '" + id + "'")));
            cases.add(case_("fact", inserting(7, "            fact '" + id + "'")));
            cases.add(case_("diagnosis", inserting(7, "            diagnosis '" + id + "'")));
            cases.add(case_("tried drugClass", inserting(7, "            tried drugClass: '" + id + "', atLeast: 90.days")));
            cases.add(case_("taking drug", inserting(7, "            taking drug: '" + id + "', preferred: true")));
            cases.add(case_("cap drugClass", inserting(7, "            cap 730.days, drugClass: '" + id + "'")));
            cases.add(case_("exception id", replacing(18, "        exception 'FEP', id: '" + id + "'")));
        }
        for (String code : CODES) {
            cases.add(case_("code", replacing(11, "            code '" + code + "'")));
            cases.add(case_("loinc", replacing(14, "            requiresDocument loinc: '" + code + "' within 6.months")));
            cases.add(case_("icd10", inserting(5, "        diagnosisCodes 'x' {", "            icd10 '" + code + "'", "        }")));
        }
        for (String text : texts()) {
            cases.add(case_("title", replacing(2, "    title '" + text + "'")));
            cases.add(case_("revision text", replacing(21, "        revision '2020-01-01', '" + text + "'")));
            cases.add(case_("indication", replacing(6, "            indication '" + text + "'")));
        }
        return cases.stream();
    }

    /** Every way of writing a number, as a whole number and as a span's amount. */
    static Stream<Arguments> numbers() {
        List<Arguments> cases = new ArrayList<>();
        for (String span : spans()) {
            cases.add(case_("requiresDocument " + span, replacing(14, "            requiresDocument loinc: '28626-0' within " + span)));
            cases.add(case_("oncePer " + span, inserting(7, "            oncePer " + span)));
        }
        for (String n : WHOLES) {
            cases.add(case_("age min " + n, inserting(7, "            age min: " + n)));
            cases.add(case_("age min max " + n, inserting(7, "            age min: " + n + ", max: " + n)));
            cases.add(case_("quantity " + n, inserting(7, "            quantity 'pack-years', atLeast: " + n)));
        }
        return cases.stream();
    }

    private static Arguments case_(String slot, String policy) {
        return Arguments.of(slot, policy);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("policies")
    void everyValueGivesDiagnosticsAtTheirPlaceOrAModelNeverAnException(String slot, String policy) throws Exception {
        // What is asserted here does not depend on the parser; the second test holds the two
        // parsers to each other where they differ (numbers), so the run-wide cross-check is spared.
        AutoCloseable unchecked = DirectParserCrossCheck.suspend();
        PolicyReader.Result result;
        try {
            result = read(policy);
        } finally {
            unchecked.close();
        }
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(d.at().line() >= 1 && d.at().column() >= 1, () -> slot + ": " + d.format());
            assertTrue(!d.message().contains("Exception") && !d.message().contains("java."), () -> slot + ": " + d.format());
        }
        if (result.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            assertTrue(result.guideline().isEmpty(), slot);
            return;
        }
        Guideline g = result.guideline().orElseThrow(() -> new AssertionError(slot + ": no diagnostic and no model"));
        for (Diagnostic d : new GuidelineValidator().validate(g)) {
            assertTrue(d.at().line() >= 1, () -> slot + ": " + d.format());
        }
        new GuidelineCompiler().compile(g);
        assertTrue(g.positionStatement().memberCriteria().stream().allMatch(m -> ClauseId.isValid(m.id())), slot);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("numbers")
    void groovysParserAndTheDirectParserGiveTheSameDiagnostics(String slot, String policy) {
        // Non-decimal numbers send a file to Groovy's parser; the rest are read by the direct one.
        // Reading Groovy's tree through the same reader must report exactly the same.
        SyntaxTrees.groovy(Snippets.FILE, policy).ifPresent(module -> {
            io.coverkit.diagnostic.Diagnostics viaGroovy = new io.coverkit.diagnostic.Diagnostics();
            List<Call> calls = new VocabularyReader(Vocabulary.standard(), Snippets.FILE, viaGroovy).read(module);
            new ModelBuilder(viaGroovy).build(calls, "sha256:0");
            assertEquals(Snippets.render(read(policy).diagnostics()), Snippets.render(viaGroovy.sorted()), slot);
        });
    }

    private static String word(int length) {
        return "a".repeat(length);
    }

    private static String hyphenated(int length) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            s.append(s.length() == 0 ? "" : "-").append("word");
        }
        s.setLength(length);
        return s.charAt(length - 1) == '-' ? s.substring(0, length - 1) + "x" : s.toString();
    }
}
