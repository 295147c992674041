package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code coverkit eval REQUEST.json --explain} on the bundled examples, one for every outcome,
 * under all three guidelines: the explanation follows the path that decided the outcome, and the
 * JSON before it still lists every finding.
 */
class ExplainExamplesTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                // MEETS_MEDICAL_NECESSITY under IGRT: the indication that met and the documents on file
                Arguments.of("examples/meets-medical-necessity.json", """
                04-77260-19 Image-Guided Radiation Therapy, revision 2026-05-15, date of service 2026-06-01
                Outcome: MEETS_MEDICAL_NECESSITY: the position statement's criteria are met and every required document is on file
                  in scope: code 77387 (BILLING/CODING INFORMATION) [procedures[0] CPT 77387]
                  indication met: Implanted fiducial markers (POSITION STATEMENT)
                  document on file: Physician history and physical (BILLING/CODING INFORMATION) [documents[0] 28626-0 dated 2026-03-01]
                  document on file: Attending physician progress note (BILLING/CODING INFORMATION) [documents[1] 18741-9 dated 2026-05-20]
                  document on file: Plan of treatment (BILLING/CODING INFORMATION) [documents[2] 18776-5 dated 2026-04-15]
                """),
                // Medicare Advantage: the program note that makes the guideline apply
                Arguments.of("examples/medicare-advantage-meets.json", """
                04-77260-19 Image-Guided Radiation Therapy, revision 2026-05-15, date of service 2026-06-01
                Outcome: MEETS_MEDICAL_NECESSITY: the position statement's criteria are met and every required document is on file
                  in scope: code 77387 (BILLING/CODING INFORMATION) [procedures[0] CPT 77387]
                  program exception, this guideline applies: Medicare Advantage products: No National Coverage Determination (NCD) and/or Local Coverage Determination (LCD) were found at the time of the last guideline review date. (PROGRAM EXCEPTIONS)
                  indication met: Implanted fiducial markers (POSITION STATEMENT)
                  document on file: Physician history and physical (BILLING/CODING INFORMATION) [documents[0] 28626-0 dated 2026-03-01]
                  document on file: Attending physician progress note (BILLING/CODING INFORMATION) [documents[1] 18741-9 dated 2026-05-20]
                  document on file: Plan of treatment (BILLING/CODING INFORMATION) [documents[2] 18776-5 dated 2026-04-15]
                """),
                // NOT_MEDICALLY_NECESSARY under IGRT: one line for no indication, the paragraph's Markdown left out
                Arguments.of("examples/not-medically-necessary.json", """
                04-77260-19 Image-Guided Radiation Therapy, revision 2026-05-15, date of service 2026-06-01
                Outcome: NOT_MEDICALLY_NECESSARY: the position statement's criteria are not met: no indication is present, or a criterion fails
                  in scope: code 77387 (BILLING/CODING INFORMATION) [procedures[0] CPT 77387]
                  no indication met: the request states none of the 10 indications listed
                    clause 04-77260-19/position-statement, POSITION STATEMENT; request field: indications
                """),
                // INSUFFICIENT_DOCUMENTATION: the missing document and the dates that would count
                Arguments.of("examples/insufficient-documentation.json", """
                04-77260-19 Image-Guided Radiation Therapy, revision 2026-05-15, date of service 2026-06-01
                Outcome: INSUFFICIENT_DOCUMENTATION: an indication is present but a required document is missing or outside its time frame
                  in scope: code 77387 (BILLING/CODING INFORMATION) [procedures[0] CPT 77387]
                  indication met: Target volume that is subject to daily variation that is due to internal motion (POSITION STATEMENT)
                  document missing: Attending physician progress note (BILLING/CODING INFORMATION)
                    clause 04-77260-19/document/loinc-18741-9, BILLING/CODING INFORMATION
                  needed: Attending physician progress note (LOINC 18741-9) dated 2025-12-01 to 2026-06-01 (request field: documents)
                """),
                // DEFER_TO_PROGRAM: the program exception and the field that chose it
                Arguments.of("examples/defer-to-program-fep.json", """
                04-77260-19 Image-Guided Radiation Therapy, revision 2026-05-15, date of service 2026-06-01
                Outcome: DEFER_TO_PROGRAM: the member's program follows its own guidelines
                  in scope: code 77387 (BILLING/CODING INFORMATION) [procedures[0] CPT 77387]
                  program exception: Federal Employee Program (FEP): Follow FEP guidelines. (PROGRAM EXCEPTIONS)
                    clause 04-77260-19/exception/fep, PROGRAM EXCEPTIONS; request field: member.lineOfBusiness
                """),
                // NOT_APPLICABLE: no code in scope
                Arguments.of("examples/not-applicable-code.json", """
                04-77260-19 Image-Guided Radiation Therapy, revision 2026-05-15, date of service 2026-06-01
                Outcome: NOT_APPLICABLE: the guideline does not cover the requested codes on the date of service
                  not applicable: none of the requested codes is in this guideline's code list on this date (BILLING/CODING INFORMATION)
                    clause 04-77260-19/codes, BILLING/CODING INFORMATION; request field: procedures
                """),
                // MEETS under the NCD: the alternative that met (quit within 15 years), not the one that failed (current smoker)
                Arguments.of("examples/ldct/first-screening-meets.json", """
                ncd-210.14 Screening for Lung Cancer with Low Dose Computed Tomography (LDCT), revision 2022-02-10, date of service 2026-06-01
                Outcome: MEETS_MEDICAL_NECESSITY: the position statement's criteria are met and every required document is on file
                  in scope: code G0297 (BILLING/CODING INFORMATION) [procedures[0] HCPCS G0297]
                  criterion met: Age 50 – 77 years (age 60 on 2026-06-01 is within 50 to 77) (POSITION STATEMENT)
                  criterion met: Asymptomatic (no signs or symptoms of lung cancer) (`asymptomatic` is true) (POSITION STATEMENT)
                  criterion met: Tobacco smoking history of at least 20 pack-years (one pack-year = smoking one pack per day for one year; 1 pack = 20 cigarettes) (pack-years 20 meets pack-years at least 20) (POSITION STATEMENT)
                  criterion met: no prior service of this guideline's codes is stated after 2025-06-01 (POSITION STATEMENT)
                  criterion met: or one who has quit smoking within the last 15 years (quit-smoking on 2011-06-01 is within 15 years before 2026-06-01) (POSITION STATEMENT)
                  criterion met: Receive an order for lung cancer screening with LDCT. (the order of 2026-05-01 meets an order) (POSITION STATEMENT)
                  criterion met: Before the beneficiary's first lung cancer LDCT screening, the beneficiary must receive a counseling and shared decision-making visit that meets all of the following criteria, and is appropriately documented in the beneficiary's medical records (counseling-visit (HCPCS G0296) on 2026-05-01 documents every element) (POSITION STATEMENT)
                """),
                // NOT_MEDICALLY_NECESSARY under the NCD: the first failure only, not the incomplete visit after it
                Arguments.of("examples/ldct/first-screening-visit-incomplete.json", """
                ncd-210.14 Screening for Lung Cancer with Low Dose Computed Tomography (LDCT), revision 2022-02-10, date of service 2026-06-01
                Outcome: NOT_MEDICALLY_NECESSARY: the position statement's criteria are not met: no indication is present, or a criterion fails
                  in scope: code G0297 (BILLING/CODING INFORMATION) [procedures[0] HCPCS G0297]
                  criterion not met: Tobacco smoking history of at least 20 pack-years (one pack-year = smoking one pack per day for one year; 1 pack = 20 cigarettes) (pack-years 19.5 fails pack-years at least 20)
                    clause ncd-210.14/criterion/pack-years-20, POSITION STATEMENT; request: observations pack-years = 19.5
                """),
                // MEETS under the PDL: the step that met, the exclusion, the drug's own criteria, the period
                Arguments.of("examples/osteoporosis/tymlos-approved.json", """
                ohio-medicaid-updl-osteoporosis Endocrine Agents: Osteoporosis – Bone Ossification Enhancers, revision 2022-04-15, date of service 2026-06-01
                Outcome: MEETS_MEDICAL_NECESSITY: the position statement's criteria are met and every required document is on file
                  in scope: drug Tymlos (NON-PREFERRED, parathyroid-hormone-analogs) (DRUG LIST) [priorAuthorization.drug tymlos]
                  criterion met: The requested medication may be approved if there has been a therapeutic failure to no less than a 90-day trial of at least one preferred medication within the same class of the requested medication (forteo from 2025-01-01 for 365 days is at least 90 days) (POSITION STATEMENT)
                  criterion met: must not: Patients should only be on ONE of the therapeutic classes (bisphosphonates, calcitonin-salmon). (no therapy of a drug of a class other than the requested drug's is under way on 2026-06-01) (POSITION STATEMENT)
                  criterion met: Patient is female and postmenopausal (sex F is F) (POSITION STATEMENT)
                  criterion met: `postmenopausal` is true (POSITION STATEMENT)
                  criterion met: Diagnosis of osteoporosis (ICD-10-CM M81.0 is in osteoporosis (M80-M81)) (POSITION STATEMENT)
                  criterion met: Trial of bisphosphonates for greater than 365 days (731 days of a drug of class bisphosphonates in total is more than 365 days) (POSITION STATEMENT)
                  criterion met: Total lifetime therapy of parathyroid hormone analogs does not exceed 730 days (2 years) (365 days of a drug of class parathyroid-hormone-analogs before 2026-06-01 leave 365 of 730) (POSITION STATEMENT)
                  authorized: 2026-06-01 through 2027-05-31 (365 days)
                """),
                // NOT_MEDICALLY_NECESSARY under the PDL: the cap, with the heading of the drug's criteria and the reading
                Arguments.of("examples/osteoporosis/tymlos-cap-reached.json", """
                ohio-medicaid-updl-osteoporosis Endocrine Agents: Osteoporosis – Bone Ossification Enhancers, revision 2022-04-15, date of service 2026-06-01
                Outcome: NOT_MEDICALLY_NECESSARY: the position statement's criteria are not met: no indication is present, or a criterion fails
                  in scope: drug Tymlos (NON-PREFERRED, parathyroid-hormone-analogs) (DRUG LIST) [priorAuthorization.drug tymlos]
                  criterion not met: Total lifetime therapy of parathyroid hormone analogs does not exceed 730 days (2 years) (730 days of a drug of class parathyroid-hormone-analogs before 2026-06-01 reach the limit of 730)
                    clause ohio-medicaid-updl-osteoporosis/criterion/pth-analog-lifetime-730-days, POSITION STATEMENT, ADDITIONAL CRITERIA FOR ABALOPARATIDE (TYMLOS™); request: therapies 730 days
                    reading: days of teriparatide and abaloparatide before the date of service count, each day once; with 730 days used the cap is reached and the request is not met; with fewer, an approval is shortened so the lifetime total cannot pass 730 days
                """),
                // NEEDS_MORE_INFORMATION: both facts still needed and where to state them
                Arguments.of("examples/osteoporosis/tymlos-needs-more-information.json", """
                ohio-medicaid-updl-osteoporosis Endocrine Agents: Osteoporosis – Bone Ossification Enhancers, revision 2022-04-15, date of service 2026-06-01
                Outcome: NEEDS_MORE_INFORMATION: the request does not state a fact the criteria need; supply it and ask again
                  in scope: drug Tymlos (NON-PREFERRED, parathyroid-hormone-analogs) (DRUG LIST) [priorAuthorization.drug tymlos]
                  needs: `postmenopausal` is not stated in the request
                    clause ohio-medicaid-updl-osteoporosis/criterion/postmenopausal, POSITION STATEMENT, ADDITIONAL CRITERIA FOR ABALOPARATIDE (TYMLOS™)
                    supply: facts.postmenopausal (true or false)
                    reading: the published criterion "Patient is female and postmenopausal" is read as two: sex F, and postmenopausal stated as a fact
                  needs: Diagnosis of osteoporosis (the request states no diagnosis)
                    clause ohio-medicaid-updl-osteoporosis/criterion/diagnosis-osteoporosis, POSITION STATEMENT, ADDITIONAL CRITERIA FOR ABALOPARATIDE (TYMLOS™)
                    supply: diagnoses (an ICD-10-CM code of the osteoporosis list)
                """),
                // NO_PRIOR_AUTHORIZATION_REQUIRED: the rule and the field it read
                Arguments.of("examples/osteoporosis/preferred-no-prior-authorization.json", """
                ohio-medicaid-updl-osteoporosis Endocrine Agents: Osteoporosis – Bone Ossification Enhancers, revision 2022-04-15, date of service 2026-06-01
                Outcome: NO_PRIOR_AUTHORIZATION_REQUIRED: the guideline requires no prior authorization for this request
                  in scope: drug Alendronate Tab (PREFERRED, bisphosphonates) (DRUG LIST) [priorAuthorization.drug alendronate-tab]
                  no prior authorization required: prior authorization is required for non-preferred drugs only (PRIOR AUTHORIZATION CRITERIA)
                    clause ohio-medicaid-updl-osteoporosis/prior-authorization, PRIOR AUTHORIZATION CRITERIA; request field: priorAuthorization.drug
                """)
        );
    }

    /** What follows the determination's JSON and the blank line after it. */
    private static String explanation(CliRun run) {
        assertEquals(0, run.code(), run::toString);
        int blank = run.out().indexOf("\n\n");
        assertTrue(blank > 0, run.out());
        return run.out().substring(blank + 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExplanationOfEachExampleIsThePathThatDecidedIt(String example, String expected) {
        String text = explanation(CliRun.of("eval", example, "--policies", "policies", "--explain"));

        assertEquals(expected, text);
        assertFalse(text.contains("**"), "no raw Markdown: " + text);
    }

    @Test
    void theJsonKeepsTheFindingsTheExplanationLeavesOut() throws IOException {
        CliRun run = CliRun.of("eval", "examples/ldct/first-screening-visit-incomplete.json", "--policies", "policies", "--explain");

        List<String> refs = new ArrayList<>();
        for (JsonNode f : run.json().get("findings")) {
            refs.add(f.get("kind").asText() + " " + f.get("ref").asText());
        }

        assertTrue(refs.contains("CRITERION_NOT_MET counseling-visit"), refs::toString);
        assertTrue(refs.contains("FACT_UNKNOWN quit-smoking-within-15-years"), refs::toString);
        assertFalse(explanation(run).contains("counseling"), "the later failure did not decide: " + run.out());
        assertFalse(explanation(run).contains("quit"), "an alternative that did not matter: " + run.out());
    }

    @Test
    void anAgeUnderTheRangeIsNamedWithTheAgeTheClauseAndTheSection(@TempDir Path dir) throws IOException {
        Path young = dir.resolve("young.json");
        Files.writeString(young, Files.readString(Path.of("examples/ldct/first-screening-meets.json")).replace("1966-01-15", "1976-06-02"));

        String text = explanation(CliRun.of("eval", young.toString(), "--policies", "policies", "--explain"));

        assertTrue(text.endsWith("""
                  criterion not met: Age 50 – 77 years (age 49 on 2026-06-01 is under 50)
                    clause ncd-210.14/criterion/age-50-77, POSITION STATEMENT; request: member.birthDate 1976-06-02
                """), text);
    }

    @Test
    void aMissingEventIsAskedForOnlyWhereNoOtherAlternativeMet(@TempDir Path dir) throws IOException {
        Path noQuitDate = dir.resolve("no-quit-date.json");
        String meets = Files.readString(Path.of("examples/ldct/first-screening-meets.json"));
        Files.writeString(noQuitDate, meets.replace("\"events\": [ { \"code\": \"quit-smoking\", \"date\": \"2011-06-01\" } ],", ""));

        String text = explanation(CliRun.of("eval", noQuitDate.toString(), "--policies", "policies", "--explain"));

        assertTrue(text.contains("Outcome: NEEDS_MORE_INFORMATION"), text);
        assertTrue(text.endsWith("""
                  needs: or one who has quit smoking within the last 15 years (no `quit-smoking` event on or before 2026-06-01 is stated)
                    clause ncd-210.14/criterion/quit-smoking-within-15-years, POSITION STATEMENT
                    supply: events (a quit-smoking event with its date)
                    reading: a member who quit exactly 15 years before the date of service has quit within the last 15 years
                """), text);
    }

    @Test
    void aRevisionWhoseContentIsUnknownNamesTheSectionAndItsClause() {
        String text = explanation(CliRun.of("eval", "examples/meets-medical-necessity.json", "--policies", "policies",
                "--as-of", "2020-01-01", "--explain"));

        assertEquals("""
                04-77260-19 Image-Guided Radiation Therapy, revision 2019-01-01, date of service 2026-06-01, revision chosen as of 2020-01-01
                Outcome: REVISION_CONTENT_UNKNOWN: the published guideline does not reveal what the revision in force said, so it cannot be decided
                  in scope: code 77387 (BILLING/CODING INFORMATION) [procedures[0] CPT 77387]
                  content unknown: the published guideline does not reveal the POSITION STATEMENT in force before 2023-05-15: the published guideline carries the position statement as revised on 05/15/23 (later reviews made no change); the wording in force before then is not published
                    clause 04-77260-19/unknown/position-statement, POSITION STATEMENT
                """, text);
    }
}
