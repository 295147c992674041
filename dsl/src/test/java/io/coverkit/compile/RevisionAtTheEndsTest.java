package io.coverkit.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coverkit.determination.Outcome;
import io.coverkit.dsl.Snippets;
import io.coverkit.eval.Evaluator;
import io.coverkit.json.RequestReader;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Revisions at both ends of the date range (1900-01-01 and 2199-12-31) choose the revision in force
 * on each day, whether the revisions lie close enough for the day table or far apart; a revision
 * dated at the far end never decides a request of today.
 */
class RevisionAtTheEndsTest {

    /** The minimal policy with a second indication that a revision on {@code added} brings in. */
    private static Guideline guideline(String original, String added) {
        return Snippets.validated(Snippets.MINIMAL
                .replace("originalEffectiveDate '2020-01-01'", "originalEffectiveDate '" + original + "'")
                .replace("            indication 'Implanted fiducial markers'\n",
                        "            indication 'Implanted fiducial markers'\n            indication 'Far future', added: '" + added + "'\n")
                .replace("        revision '2020-01-01', 'New.'", "        revision '" + original + "', 'New.'\n        revision '" + added
                        + "', 'Revision; added the far future indication.'"));
    }

    private static CoverageRequest request(LocalDate day) {
        String json = "{\"guideline\": \"01-00000-00\", \"dateOfService\": \"" + day + "\","
                + " \"member\": {\"lineOfBusiness\": \"COMMERCIAL\"},"
                + " \"procedures\": [{\"system\": \"CPT\", \"code\": \"77387\"}], \"indications\": [\"far-future\"],"
                + " \"documents\": [{\"loinc\": \"28626-0\", \"date\": \"" + day + "\"}]}";
        return new RequestReader().read(json).request().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        // far apart: no day table
        "1900-01-01, 2199-12-31",
        // close together near the upper end: the day table
        "2150-01-01, 2199-12-31",
        // close together near the lower end
        "1900-01-01, 1950-06-30",
    })
    void eachDayIsDecidedUnderTheRevisionInForceThen(LocalDate original, LocalDate added) {
        Guideline g = guideline(original.toString(), added.toString());
        GuidelineCompiler compiler = new GuidelineCompiler();
        for (Evaluator evaluator : List.of(compiler.compile(g), compiler.compileOnDemand(g))) {
            for (LocalDate day : List.of(original, original.plusDays(1), LocalDate.of(2021, 6, 1), added.minusDays(1), added,
                    LocalDate.of(2199, 12, 31))) {
                if (day.isBefore(original)) {
                    continue;
                }
                Outcome expected = day.isBefore(added) ? Outcome.NOT_MEDICALLY_NECESSARY : Outcome.MEETS_MEDICAL_NECESSITY;
                CoverageRequest request = request(day);
                assertEquals(List.of(), evaluator.check(request), day::toString);
                assertEquals(expected, evaluator.decide(request).outcome(), () -> added + ": " + day);
                assertEquals(expected, evaluator.outcome(request), () -> added + ": " + day);
                assertEquals(expected, evaluator.decideAsOf(request, day).outcome(), () -> added + " as of " + day);
            }
        }
    }
}
