package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.api.Decision;
import io.coverkit.api.Explainer;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.Outcome;
import io.coverkit.dsl.PolicyReader;
import io.coverkit.dsl.Snippets;
import io.coverkit.json.ContractVersion;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import io.coverkit.validate.GuidelineValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outcomes payers use besides medical necessity, each decided by a statement of the guideline:
 * their place in the decision order, their findings, what an unknown statement does, how a
 * contract version 1 caller reads them, and each keyword's misuse.
 */
class OutcomeStatementsTest {

    static final String POLICY = """
            guideline('01-00000-00') {
                title 'Airway devices'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    notCoveredAsSubmitted('Claim lines billed without a GA, GZ or KX modifier will be rejected as missing information.', id: 'modifiers') {
                        none {
                            modifier 'GA', 'GZ', 'KX'
                        }
                    }
                    priorAuthorizationRequired('Bi-level devices need prior authorization.', id: 'bilevel') {
                        billed group: 'bilevel'
                        none {
                            authorizationOnFile current: true
                        }
                    }
                    experimental('Use in children is investigational.', id: 'children') {
                        age max: 17
                    }
                    pendForReview('Requests for more than one device are referred to the medical director.', id: 'medical-director') {
                        units moreThan: 1
                    }
                    coveredUnderStudy('Covered in a CED study for members who do not qualify otherwise.', study: 'ced', id: 'ced') {
                        age min: 18
                    }
                    allOf {
                        quantity 'ahi', atLeast: 15
                    }
                }
                billingCoding {
                    codes('HCPCS') {
                        code 'E0601'
                    }
                    codes('HCPCS', group: 'bilevel', caption: 'Bi-level devices') {
                        code 'E0470'
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                }
            }
            """;

    private final Guideline guideline = Snippets.validated(POLICY);
    private final Evaluator evaluator = new GuidelineCompiler().compile(guideline);

    /** An adult's CPAP claim with KX and an AHI of 20: meets the criteria. */
    private RequestBuilder cpap() {
        return RequestBuilder.requestFor(guideline).on("2026-06-01").bornOn("1960-01-01").hcpcs("E0601").modifier("KX")
                .observation("ahi", "20");
    }

    private Determination decide(CoverageRequest request) {
        Determination d = evaluator.decide(request);
        assertEquals(d.outcome(), evaluator.outcome(request), () -> "judge and screen disagree on " + request);
        return d;
    }

    private static Finding finding(Determination d, FindingKind kind) {
        return d.findings().stream().filter(f -> f.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + d.findings()));
    }

    @Test
    void aClaimMeetingTheCriteriaIsCoveredAndNoStatementApplies() {
        Determination d = decide(cpap().build());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome(), d.findings()::toString);
    }

    @Test
    void aMissingModifierIsNotCoveredAsSubmittedBeforeAnythingClinical() {
        // a child without KX and with no AHI: the submission is judged first
        Determination d = decide(RequestBuilder.requestFor(guideline).on("2026-06-01").bornOn("2015-01-01").hcpcs("E0601").build());
        assertEquals(Outcome.NOT_COVERED_AS_SUBMITTED, d.outcome());
        Finding f = finding(d, FindingKind.NOT_COVERED_AS_SUBMITTED);
        assertEquals("01-00000-00/not-covered-as-submitted/modifiers", f.clause());
        assertTrue(d.findings().stream().anyMatch(x -> x.ref().equals("modifier-ga") && x.kind() == FindingKind.CRITERION_MET),
                d.findings()::toString);
        assertTrue(evaluator.clauses().contains("01-00000-00/not-covered-as-submitted/modifiers"));
    }

    @Test
    void priorAuthorizationIsRequiredUntilOneIsOnFileAndUnknownUntilStated() {
        RequestBuilder bilevel = RequestBuilder.requestFor(guideline).on("2026-06-01").bornOn("1960-01-01").hcpcs("E0470")
                .modifier("KX").observation("ahi", "20");
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, decide(bilevel.build()).outcome(), "authorizations not stated");
        Determination none = decide(bilevel.noAuthorizations().build());
        assertEquals(Outcome.PRIOR_AUTHORIZATION_REQUIRED, none.outcome());
        assertEquals("Bi-level devices need prior authorization.", finding(none, FindingKind.PRIOR_AUTHORIZATION_REQUIRED).text());
        Determination onFile = decide(bilevel.authorization("HCPCS E0470", "2026-05-01", "2026-07-31").build());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, onFile.outcome(), onFile.findings()::toString);
        // the authorization ended the day before the date of service
        Determination ended = decide(RequestBuilder.requestFor(guideline).on("2026-06-01").bornOn("1960-01-01").hcpcs("E0470")
                .modifier("KX").observation("ahi", "20").authorization("HCPCS E0470", "2026-01-01", "2026-05-31").build());
        assertEquals(Outcome.PRIOR_AUTHORIZATION_REQUIRED, ended.outcome());
        // a CPAP claim is not billed under the bilevel group: no authorization needed, none stated
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(cpap().build()).outcome());
    }

    @Test
    void experimentalComesBeforeAPendAndAPendBeforeTheCriteria() {
        assertEquals(Outcome.EXPERIMENTAL_INVESTIGATIONAL, decide(cpap().bornOn("2015-01-01").units(2).build()).outcome());
        Determination pend = decide(cpap().units(2).observation("ahi", "3").build());
        assertEquals(Outcome.PEND_FOR_REVIEW, pend.outcome(), "a pend is decided before criteria that fail");
        assertEquals("medical-director", finding(pend, FindingKind.PENDED_FOR_REVIEW).ref());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(cpap().units(1).build()).outcome(), "one unit is not more than one");
    }

    @Test
    void coverageUnderAStudyIsForRequestsTheCriteriaDoNotCover() {
        RequestBuilder mild = RequestBuilder.requestFor(guideline).on("2026-06-01").bornOn("1960-01-01").hcpcs("E0601").modifier("KX")
                .observation("ahi", "14");
        Determination unstated = decide(mild.build());
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, unstated.outcome());
        assertEquals("studies", finding(unstated, FindingKind.FACT_UNKNOWN).evidence().get(0).field());
        Determination notEnrolled = decide(mild.noStudies().build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, notEnrolled.outcome());
        assertTrue(finding(notEnrolled, FindingKind.STUDY_COVERAGE).text().contains("states no CED study enrollment"));
        Determination enrolled = decide(RequestBuilder.requestFor(guideline).on("2026-06-01").bornOn("1960-01-01").hcpcs("E0601")
                .modifier("KX").observation("ahi", "14").study("NCT01234567", "CED").build());
        assertEquals(Outcome.COVERED_UNDER_STUDY, enrolled.outcome());
        assertEquals("studies[0]", finding(enrolled, FindingKind.STUDY_COVERAGE).evidence().get(0).field());
        Determination ide = decide(RequestBuilder.requestFor(guideline).on("2026-06-01").bornOn("1960-01-01").hcpcs("E0601")
                .modifier("KX").observation("ahi", "14").study("G123456", "IDE").build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, ide.outcome(), "an IDE study is not the CED the statement names");
        // a member who qualifies is covered outright, enrolled or not
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(cpap().study("NCT01234567", "CED").build()).outcome());
    }

    @Test
    void aVersion1CallerGetsAnOutcomeItKnowsAndTheDetailBeside() throws Exception {
        GuidelineLibrary library = GuidelineLibrary.load("01-00000-00.groovy",
                new ByteArrayInputStream(POLICY.getBytes(StandardCharsets.UTF_8)));
        String request = """
                {%s"guideline": "01-00000-00", "dateOfService": "2026-06-01",
                 "member": {"lineOfBusiness": "COMMERCIAL", "birthDate": "1960-01-01"},
                 "procedures": [{"system": "HCPCS", "code": "E0601", "modifiers": []}]}""";
        ObjectMapper json = new ObjectMapper();
        Decision.Decided v1 = (Decision.Decided) library.decideJson(request.formatted("\"contractVersion\": \"1\", "));
        assertEquals("1", v1.contractVersion());
        JsonNode written = json.readTree(new DeterminationWriter().write(v1.determination(), v1.contractVersion()));
        assertEquals("NOT_MEDICALLY_NECESSARY", written.get("outcome").asText());
        assertEquals("NOT_COVERED_AS_SUBMITTED", written.get("detailedOutcome").asText());
        Decision.Decided v2 = (Decision.Decided) library.decideJson(request.formatted(""));
        JsonNode current = json.readTree(new DeterminationWriter().write(v2.determination(), v2.contractVersion()));
        assertEquals("NOT_COVERED_AS_SUBMITTED", current.get("outcome").asText());
        assertFalse(current.has("detailedOutcome"));
    }

    @Test
    void everyOutcomeHasAVersion1ReadingThatVersion1Knows() {
        List<Outcome> v1 = List.of(Outcome.MEETS_MEDICAL_NECESSITY, Outcome.NOT_MEDICALLY_NECESSARY, Outcome.INSUFFICIENT_DOCUMENTATION,
                Outcome.DEFER_TO_PROGRAM, Outcome.NOT_APPLICABLE);
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, ContractVersion.outcomeFor(Outcome.NOT_COVERED_AS_SUBMITTED, "1"));
        assertEquals(Outcome.INSUFFICIENT_DOCUMENTATION, ContractVersion.outcomeFor(Outcome.PRIOR_AUTHORIZATION_REQUIRED, "1"));
        assertEquals(Outcome.INSUFFICIENT_DOCUMENTATION, ContractVersion.outcomeFor(Outcome.PEND_FOR_REVIEW, "1"));
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, ContractVersion.outcomeFor(Outcome.COVERED_UNDER_STUDY, "1"));
        for (Outcome o : List.of(Outcome.NOT_COVERED_AS_SUBMITTED, Outcome.PRIOR_AUTHORIZATION_REQUIRED, Outcome.PEND_FOR_REVIEW,
                Outcome.COVERED_UNDER_STUDY)) {
            assertTrue(v1.contains(ContractVersion.outcomeFor(o, "1")), o::toString);
            assertEquals(o, ContractVersion.outcomeFor(o, "2"), "a version 2 caller reads the outcome itself");
        }
        for (Outcome o : v1) {
            assertEquals(o, ContractVersion.outcomeFor(o, "1"), "a version 1 outcome is never rewritten");
        }
    }

    @Test
    void theExplanationCitesTheStatementThatDecided() {
        Determination d = decide(cpap().units(2).build());
        String text = new Explainer().explain(d, guideline);
        assertTrue(text.contains("Outcome: PEND_FOR_REVIEW"), text);
        assertTrue(text.contains("pended for review: Requests for more than one device are referred to the medical director."), text);
    }

    @Test
    void misusedOutcomeStatementsAreDiagnosedWhereWritten() {
        record Case(String from, String to, String code, int line, int column) {}
        List<String> missed = new java.util.ArrayList<>();
        for (Case c : List.of(
                new Case("coveredUnderStudy('Covered in a CED study for members who do not qualify otherwise.', study: 'ced', id: 'ced') {",
                        "coveredUnderStudy('Covered in a CED study.', id: 'ced') {", "R006", 22, 9),
                new Case("study: 'ced', id: 'ced') {", "study: 'trial', id: 'ced') {", "V005", 22, 102),
                new Case("pendForReview('Requests for more than one device are referred to the medical director.', id: 'medical-director') {",
                        "pendForReview(id: 'medical-director') {", "R006", 19, 9),
                new Case("        notCoveredAsSubmitted(", "        allOf { notCoveredAsSubmitted('x') { age min: 1 } }\n        notCoveredAsSubmitted(",
                        "R002", 5, 17),
                new Case("billed group: 'bilevel'", "billed group: 'oxygen'", "C022", 11, 13),
                new Case("billed group: 'bilevel'", "billed", "R006", 11, 13))) {
            assertTrue(POLICY.contains(c.from()), c::toString);
            String text = POLICY.replace(c.from(), c.to());
            PolicyReader.Result result = new PolicyReader().read("01-00000-00.groovy", text);
            var diagnostics = new java.util.ArrayList<>(result.diagnostics());
            result.guideline().ifPresent(g -> diagnostics.addAll(new GuidelineValidator().validate(g)));
            if (diagnostics.stream().noneMatch(d -> d.code().name().equals(c.code()) && d.at().line() == c.line()
                    && d.at().column() == c.column())) {
                missed.add(c + " expected, found " + diagnostics);
            }
        }
        assertEquals(List.of(), missed);
    }
}
