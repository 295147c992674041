package io.coverkit.dsl;

import static io.coverkit.dsl.Snippets.at;
import static io.coverkit.dsl.Snippets.inserting;
import static io.coverkit.dsl.Snippets.only;
import static io.coverkit.dsl.Snippets.read;
import static io.coverkit.dsl.Snippets.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.model.ClauseId;
import io.coverkit.model.Guideline;
import io.coverkit.model.MemberCriterion;
import io.coverkit.validate.GuidelineValidator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ranges a policy's values are read in: dates 1900-01-01 to 2199-12-31, spans up to 200
 * years, numbers in plain decimal, ids up to 80 characters, windows of at least one day; each
 * value outside is a diagnostic where it is written.
 */
class RangesTest {

    @ParameterizedTest
    @CsvSource({
        "+5800000-01-01, is not a date; write yyyy-MM-dd",
        "+11547632-01-01, is not a date; write yyyy-MM-dd",
        "2200-01-01, is outside the dates coverkit reads: 1900-01-01 to 2199-12-31",
        "1899-12-31, is outside the dates coverkit reads: 1900-01-01 to 2199-12-31",
        "9999-12-31, is outside the dates coverkit reads: 1900-01-01 to 2199-12-31",
    })
    void aRevisionDateOutsideTheRangeIsADiagnosticAtItsLine(String date, String problem) {
        Diagnostic d = only(read(Snippets.inserting(22, "        revision '" + date + "', 'Added an indication.'")),
                at(DiagnosticCode.V001, 22, 18));
        assertEquals("`" + date + "` " + problem, d.message());
    }

    @Test
    void theEndsOfTheRangeAreRead() {
        Guideline g = Snippets.valid(replacing(3, "    originalEffectiveDate '1900-01-01'")
                .replace("revision '2020-01-01', 'New.'", "revision '1900-01-01', 'New.'\n        revision '2199-12-31', 'Review.'"));
        assertEquals(2, g.revisions().size());
    }

    @ParameterizedTest
    @CsvSource({
        "2147483647.years, 2147483647.years, 200 years",
        "201.years, 201.years, 200 years",
        "2401.months, 2401.months, 2400 months (200 years)",
        "10401.weeks, 10401.weeks, 10400 weeks (200 years)",
        "73001.days, 73001.days, 73000 days (200 years)",
    })
    void aSpanLongerThanTwoHundredYearsIsADiagnosticAtItsLine(String span, String shown, String most) {
        Diagnostic d = only(read(replacing(14, "            requiresDocument loinc: '28626-0' within " + span)),
                at(DiagnosticCode.V005, 14, 54));
        assertEquals("`" + shown + "` is longer than a span may be: at most " + most, d.message());
    }

    @Test
    void theLongestSpanOfEachUnitIsRead() {
        for (String span : List.of("200.years", "2400.months", "10400.weeks", "73000.days")) {
            Snippets.valid(replacing(14, "            requiresDocument loinc: '28626-0' within " + span));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "050      | a leading zero makes it octal to Groovy",
        "077      | a leading zero makes it octal to Groovy",
        "00       | a leading zero makes it octal to Groovy",
        "0x32     | it is hexadecimal",
        "0b110010 | it is binary",
        "5_0      | it has underscores",
        "50L      | it has a type suffix",
        "50G      | it has a type suffix",
        "50i      | it has a type suffix",
        "1e2      | it is not a whole number",
        "50.0     | it is not a whole number",
    })
    void aNumberNotInPlainDecimalIsADiagnosticAtItsLineAndColumn(String written, String reason) {
        Diagnostic d = only(read(inserting(7, "            age min: " + written + ", max: 77")), at(DiagnosticCode.V005, 7, 22));
        assertEquals("`" + written + "` is not a plain decimal number: " + reason, d.message());
        assertEquals(NumberLiteral.HELP, d.help());
        only(read(replacing(14, "            requiresDocument loinc: '28626-0' within " + written + ".months")),
                at(DiagnosticCode.V005, 14, 54));
    }

    @Test
    void theOctalAgesOfTheReportAreRefusedNotReadAsFortyToSixtyThree() {
        var result = read(inserting(7, "            age min: 050, max: 077, text: 'Age 50 - 77 years'"));
        Snippets.assertExactly(result, at(DiagnosticCode.V005, 7, 22), at(DiagnosticCode.V005, 7, 32));
    }

    @Test
    void aDerivedIdLongerThanEightyCharactersIsShortenedTheSameWayEveryTime() {
        String line = "            since 'quit-smoking-or-stopped-using-any-other-tobacco-product-including-vapes', within: 15.years";
        Guideline g = Snippets.valid(inserting(7, line));
        String id = g.positionStatement().memberCriteria().get(0).id();
        assertTrue(ClauseId.isValid(id), id);
        assertTrue(id.length() <= ClauseId.MAX_LENGTH, id);
        assertTrue(id.matches("quit-smoking-or-stopped-using-any-other-tobacco-product-including-vapes-[0-9a-f]{8}"), id);
        assertEquals(id, Snippets.valid(inserting(7, line)).positionStatement().memberCriteria().get(0).id());
        String other = Snippets.valid(inserting(7, line.replace("15.years", "16.years")))
                .positionStatement().memberCriteria().get(0).id();
        assertTrue(!other.equals(id), "spans that differ give ids that differ: " + other);
    }

    @Test
    void aLongDrugClassInTriedGivesAModelWithAShortenedId() {
        String drugClass = "glucagon-like-peptide-1-receptor-agonists-and-dual-gip-glp-1-receptor-agonists-x";
        assertEquals(80, drugClass.length());
        Guideline g = Snippets.valid(inserting(7, "            tried drugClass: '" + drugClass + "', outcome: 'failure', atLeast: 90.days"));
        MemberCriterion tried = g.positionStatement().memberCriteria().get(0);
        assertTrue(ClauseId.isValid(tried.id()) && tried.id().startsWith("tried-glucagon-like"), tried.id());
    }

    @Test
    void anIdWrittenLongerThanEightyCharactersIsToldItsLength() {
        String id = "a".repeat(81);
        Diagnostic d = only(read(replacing(6, "            indication 'Implanted fiducial markers', id: '" + id + "'")),
                at(DiagnosticCode.V003, 6, 58));
        assertEquals("`" + id + "` is longer than an id may be: at most 80 characters", d.message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "since 'quit-smoking', within: 0.years       | the window of `within:` is 0 years, which holds no day",
        "oncePer 0.days                              | the window of `oncePer` is 0 days, which holds no day",
        "cap 730.days, drugClass: 'x', per: 0.months | the window of `per:` is 0 months, which holds no day",
    })
    void aWindowOfNoLengthIsADiagnosticAtItsLine(String criterion, String message) {
        Guideline g = Snippets.valid(inserting(7, "            " + criterion));
        List<Diagnostic> found = new GuidelineValidator().validate(g).stream()
                .filter(d -> d.code() == DiagnosticCode.C018).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(7, found.get(0).at().line());
        assertEquals(message, found.get(0).message());
    }

    @Test
    void aWindowOfOneUnitIsEnough() {
        for (String criterion : List.of("since 'quit-smoking', within: 1.day", "oncePer 1.year")) {
            Guideline g = Snippets.valid(inserting(7, "            " + criterion));
            assertTrue(new GuidelineValidator().validate(g).stream().noneMatch(d -> d.code() == DiagnosticCode.C018), criterion);
        }
    }
}
