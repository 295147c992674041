package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.Outcome;
import io.coverkit.dsl.PolicyReader;
import io.coverkit.dsl.Snippets;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import io.coverkit.validate.GuidelineValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The claim context criteria (modifier, units, place of service, documented elements, code
 * scopes) on a small equipment policy, and prescriber, channel and authorization on file on a small
 * pharmacy policy: each at its boundaries, the judge and the outcome-only screen agreeing on every
 * request, and each keyword's misuse diagnosed where it is written.
 */
class ClaimContextCriteriaTest {

    static final String EQUIPMENT = """
            guideline('01-00000-00') {
                title 'Airway devices'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    allOf {
                        modifier 'KX'
                        units atMost: 3, per: 90.days, group: 'supplies'
                        placeOfService '12', '13'
                        documented 'excessive-daytime-sleepiness'
                        forCodes('E0470') {
                            age min: 18
                        }
                        forCodes(group: 'supplies', modifier: 'NU') {
                            units atMost: 1
                        }
                    }
                }
                billingCoding {
                    codes('HCPCS') {
                        code 'E0601'
                        code 'E0470'
                    }
                    codes('HCPCS', group: 'supplies', caption: 'Supply allowance') {
                        code 'A4238'
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                }
            }
            """;

    static final String PHARMACY = """
            guideline('01-00000-00') {
                title 'Biologics'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    allOf {
                        prescriber 'dermatology', 'allergy-immunology', consultation: true
                        channel 'specialty-pharmacy'
                        anyOf {
                            authorizationOnFile current: true
                            prescriber credential: 'board-certified'
                        }
                    }
                }
                drugList('Biologics') {
                    drug 'Dupixent', status: 'preferred', drugClass: 'biologics'
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                }
            }
            """;

    private final Guideline equipment = Snippets.validated(EQUIPMENT);
    private final Evaluator devices = new GuidelineCompiler().compile(equipment);
    private final Guideline pharmacy = Snippets.validated(PHARMACY);
    private final Evaluator drugs = new GuidelineCompiler().compile(pharmacy);

    /** A CPAP request meeting every criterion: KX, at home, sleepiness documented. */
    private RequestBuilder cpap() {
        return RequestBuilder.requestFor(equipment).on("2026-06-01").bornOn("1960-01-01").hcpcs("E0601").modifier("KX")
                .placeOfService("12").document("28626-0", "2026-05-01", List.of("excessive-daytime-sleepiness"));
    }

    /** A dupilumab request by a dermatologist through a specialty pharmacy with an authorization on file. */
    private RequestBuilder dupixent() {
        return RequestBuilder.requestFor(pharmacy).on("2026-06-01").drug("dupixent").prescriber("dermatology")
                .consulted().channel("specialty-pharmacy").authorization("dupixent", "2026-01-01", "2026-06-01");
    }

    /** Decides {@code request} both ways, asserting the screen agrees with the judge. */
    private static Determination decide(Evaluator evaluator, CoverageRequest request) {
        Determination d = evaluator.decide(request);
        assertEquals(d.outcome(), evaluator.outcome(request), () -> "judge and screen disagree on " + request);
        return d;
    }

    private static Finding finding(Determination d, String ref) {
        return d.findings().stream().filter(f -> f.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + ref + " in " + d.findings()));
    }

    @Test
    void aRequestMeetingEveryClaimCriterionMeetsMedicalNecessity() {
        Determination d = decide(devices, cpap().build());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome(), d.findings()::toString);
        assertEquals("HCPCS E0601 carries modifier KX", finding(d, "modifier-kx").text());
        assertEquals("procedures[0].modifiers", finding(d, "modifier-kx").evidence().get(0).field());
        assertTrue(finding(d, "for-e0470").text().contains("the request has no procedure of E0470"), finding(d, "for-e0470")::text);
    }

    @Test
    void aMissingModifierIsKnownAbsentNeverUnknown() {
        Determination d = decide(devices, RequestBuilder.requestFor(equipment).on("2026-06-01").hcpcs("E0601").modifier("GA")
                .placeOfService("12").document("28626-0", "2026-05-01", List.of("excessive-daytime-sleepiness")).build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, d.outcome());
        Finding f = finding(d, "modifier-kx");
        assertEquals(FindingKind.CRITERION_NOT_MET, f.kind());
        assertTrue(f.text().contains("the claim's modifiers are its record, so KX is known absent"), f::text);
    }

    @Test
    void unitsCountPriorServicesWithinTheSpanButNotOneExactlyTheSpanBefore() {
        // 1 requested + 2 billed 89 days before = 3: at the bound
        Determination atBound = decide(devices, cpap().hcpcs("A4238").priorServiceUnits("HCPCS", "A4238", "2026-03-04", 2).build());
        assertEquals(FindingKind.CRITERION_MET, finding(atBound, "units-at-most-3-per-90-days").kind(), atBound.findings()::toString);
        // 1 + 3 = 4: over it
        Determination over = decide(devices, cpap().hcpcs("A4238").priorServiceUnits("HCPCS", "A4238", "2026-03-04", 3).build());
        assertEquals(FindingKind.CRITERION_NOT_MET, finding(over, "units-at-most-3-per-90-days").kind());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, over.outcome());
        // exactly 90 days before does not count
        Determination outside = decide(devices, cpap().hcpcs("A4238").priorServiceUnits("HCPCS", "A4238", "2026-03-03", 3).build());
        assertEquals(FindingKind.CRITERION_MET, finding(outside, "units-at-most-3-per-90-days").kind());
        // a prior service within the span without units leaves it unknown
        Determination unknown = decide(devices, cpap().hcpcs("A4238").priorService("HCPCS", "A4238", "2026-05-01").build());
        assertEquals(FindingKind.FACT_UNKNOWN, finding(unknown, "units-at-most-3-per-90-days").kind());
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, unknown.outcome());
        // units of codes outside the group do not count
        Determination other = decide(devices, cpap().units(5).build());
        assertEquals(FindingKind.CRITERION_MET, finding(other, "units-at-most-3-per-90-days").kind());
    }

    @Test
    void aCodeScopeAppliesOnlyToItsCodesAndModifier() {
        Determination purchase = decide(devices, cpap().hcpcs("A4238").modifier("NU").units(2).build());
        assertEquals(FindingKind.CRITERION_NOT_MET, finding(purchase, "units-at-most-1").kind(), purchase.findings()::toString);
        Determination rental = decide(devices, cpap().hcpcs("A4238").modifier("RR").units(2).build());
        Finding skipped = finding(rental, "for-supplies-nu");
        assertEquals(FindingKind.CRITERIA_NOT_APPLICABLE, skipped.kind());
        assertTrue(skipped.text().contains("does not carry modifier NU (it carries RR)"), skipped::text);
        Determination minor = decide(devices, cpap().bornOn("2010-01-01").hcpcs("E0470").build());
        assertEquals(FindingKind.CRITERION_NOT_MET, finding(minor, "age-18-or-over").kind());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, minor.outcome());
    }

    @Test
    void placeOfServiceIsUnknownUntilStated() {
        Determination office = decide(devices, cpap().placeOfService("11").build());
        assertEquals(FindingKind.CRITERION_NOT_MET, finding(office, "place-of-service-12").kind());
        assertEquals("place of service 11 is not 12 or 13", finding(office, "place-of-service-12").text());
        Determination unstated = decide(devices, RequestBuilder.requestFor(equipment).on("2026-06-01").hcpcs("E0601").modifier("KX")
                .document("28626-0", "2026-05-01", List.of("excessive-daytime-sleepiness")).build());
        assertEquals(FindingKind.FACT_UNKNOWN, finding(unstated, "place-of-service-12").kind());
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, unstated.outcome());
    }

    @Test
    void aDocumentedElementMustBeOnADocumentDatedByTheDateOfService() {
        Determination later = decide(devices, RequestBuilder.requestFor(equipment).on("2026-06-01").hcpcs("E0601").modifier("KX")
                .placeOfService("12").document("28626-0", "2026-06-02", List.of("excessive-daytime-sleepiness")).build());
        assertEquals(FindingKind.CRITERION_NOT_MET, finding(later, "documented-excessive-daytime-sleepiness").kind());
        Determination none = decide(devices, RequestBuilder.requestFor(equipment).on("2026-06-01").hcpcs("E0601").modifier("KX")
                .placeOfService("12").build());
        assertEquals(FindingKind.FACT_UNKNOWN, finding(none, "documented-excessive-daytime-sleepiness").kind());
    }

    @Test
    void prescribedByOrInConsultationWith() {
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(drugs, dupixent().build()).outcome());
        Determination consulted = decide(drugs, dupixent().prescriber("family-medicine").consulted("allergy-immunology").build());
        assertEquals("the prescriber consulted allergy-immunology",
                finding(consulted, "prescriber-dermatology").text());
        Determination neither = decide(drugs, dupixent().prescriber("family-medicine").build());
        assertEquals(FindingKind.CRITERION_NOT_MET, finding(neither, "prescriber-dermatology").kind());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, neither.outcome());
        Determination unstated = decide(drugs, RequestBuilder.requestFor(pharmacy).on("2026-06-01").drug("dupixent")
                .prescriber("family-medicine").channel("specialty-pharmacy").authorization("dupixent", "2026-01-01", null).build());
        Finding f = finding(unstated, "prescriber-dermatology");
        assertEquals(FindingKind.FACT_UNKNOWN, f.kind());
        assertEquals("priorAuthorization.consultedSpecialties", f.evidence().get(0).field());
    }

    @Test
    void channelAndAuthorizationOnFile() {
        Determination retail = decide(drugs, dupixent().channel("retail-pharmacy").build());
        assertEquals(FindingKind.CRITERION_NOT_MET, finding(retail, "channel-specialty-pharmacy").kind());
        // the authorization ended the day before the date of service: not current; no credential stated: unknown
        Determination ended = decide(drugs, RequestBuilder.requestFor(pharmacy).on("2026-06-01").drug("dupixent")
                .prescriber("dermatology").channel("specialty-pharmacy").authorization("dupixent", "2026-01-01", "2026-05-31").build());
        assertEquals(FindingKind.CRITERION_NOT_MET, finding(ended, "authorization-on-file").kind());
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, ended.outcome());
        Determination credentialed = decide(drugs, RequestBuilder.requestFor(pharmacy).on("2026-06-01").drug("dupixent")
                .prescriber("dermatology").channel("specialty-pharmacy").prescriberCredentials("board-certified").noAuthorizations().build());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, credentialed.outcome(), credentialed.findings()::toString);
        Determination unstated = decide(drugs, RequestBuilder.requestFor(pharmacy).on("2026-06-01").drug("dupixent")
                .prescriber("dermatology").channel("specialty-pharmacy").prescriberCredentials().build());
        assertEquals(FindingKind.FACT_UNKNOWN, finding(unstated, "authorization-on-file").kind());
        assertEquals("authorizations", finding(unstated, "authorization-on-file").evidence().get(0).field());
    }

    @Test
    void aPrescriberWithoutADrugIsAScenarioMistake() {
        assertThrows(IllegalStateException.class, () -> RequestBuilder.request().prescriber("dermatology").build());
        assertThrows(IllegalStateException.class, () -> RequestBuilder.request().modifier("KX"));
    }

    @Test
    void misusedClaimVocabularyIsDiagnosedWhereWritten() {
        record Case(String line, String code, int column) {}
        String anchor = "\n            modifier 'KX'\n";
        List<String> missed = new java.util.ArrayList<>();
        for (Case c : List.of(
                new Case("                        modifier 'kx'", "V002", 34),
                new Case("                        modifier", "R006", 25),
                new Case("                        modifier 'KX', 'KX'", "R004", 40),
                new Case("                        modifier 'KX', code: 'E0601', group: 'supplies'", "C030", 62),
                new Case("                        modifier 'KX', code: 'E9999'", "C022", 25),
                new Case("                        modifier 'KX', group: 'oxygen'", "C022", 25),
                new Case("                        units per: 90.days", "R006", 25),
                new Case("                        units atMost: 3, lessThan: 4", "C030", 25),
                new Case("                        units atLeast: 4, atMost: 3", "C030", 25),
                new Case("                        units lessThan: 0", "C030", 25),
                new Case("                        units atMost: 100001", "V005", 39),
                new Case("                        units atMost: 3, per: 0.days", "C018", 25),
                new Case("                        units atMost: '3'", "R004", 39),
                new Case("                        placeOfService '1'", "V002", 40),
                new Case("                        placeOfService 12", "R004", 40),
                new Case("                        prescriber consultation: true", "R006", 25),
                new Case("                        prescriber credential: 'x', consultation: true", "C030", 67),
                new Case("                        prescriber 'Dermatology'", "V003", 36),
                new Case("                        channel", "R006", 25),
                new Case("                        authorizationOnFile current: true, within: 30.days", "C030", 68),
                new Case("                        authorizationOnFile within: 0.days", "C018", 25),
                new Case("                        documented 'sleepiness', loinc: '12345-6'", "V002", 57),
                new Case("                        forCodes { age min: 1 }", "R006", 25),
                new Case("                        forCodes('E9999') { age min: 1 }", "C022", 25),
                new Case("                        forCodes(group: 'oxygen') { age min: 1 }", "C022", 25),
                new Case("                        forCodes(modifier: 'rental') { age min: 1 }", "V002", 44),
                new Case("                        codes('HCPCS', group: 'x') { code 'E0601' }", "R002", 25))) {
            assertTrue(EQUIPMENT.contains(anchor));
            String text = EQUIPMENT.replace(anchor, "\n" + c.line() + "\n");
            PolicyReader.Result result = new PolicyReader().read("01-00000-00.groovy", text);
            var diagnostics = new java.util.ArrayList<>(result.diagnostics());
            result.guideline().ifPresent(g -> diagnostics.addAll(new GuidelineValidator().validate(g)));
            if (diagnostics.stream().noneMatch(d -> d.code().name().equals(c.code()) && d.at().line() == 6
                    && d.at().column() == c.column())) {
                missed.add(c + " expected, found " + diagnostics);
            }
        }
        assertEquals(List.of(), missed);
    }
}
