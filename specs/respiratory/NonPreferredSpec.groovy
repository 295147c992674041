package respiratory

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * Non-Preferred Criteria (Nucala, Tezspire): a reason the member cannot change to a preferred drug
 * (or a nonsolid oral formulation's), and at least 90 days of a preferred drug that failed; the
 * extended-release and brand-with-generics sub-criteria where they apply.
 */
class NonPreferredSpec extends RespiratorySpecification {

    /** Nucala for asthma after the inhaler step, with a 90-day failed Fasenra trial and Xolair allergy. */
    def nucala() {
        def request = dupixentForAsthma().drug('nucala')
        request.therapy('fasenra', startOf(90), dayBefore(), 'FAILURE').therapy('xolair', '2023-01-01', '2023-01-10', 'ALLERGY')
                .fact('extended-release-formulation', false).fact('brand-with-preferred-generics', false)
    }

    def "a non-preferred drug with a reason and a 90-day preferred trial is approved"() {
        expect:
        decide(nucala()).outcome == MEETS_MEDICAL_NECESSITY
    }

    def "a preferred drug skips the non-preferred criteria"() {
        when:
        def d = decide(dupixentForAsthma())

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.findings(CRITERIA_NOT_APPLICABLE).find { it.ref == 'for-non-preferred' }.text ==
                'criteria for a request for a non-preferred drug do not apply: the request is for dupixent, a preferred drug'
    }

    def "a preferred trial of #days days that failed: #outcome"() {
        given:
        def request = dupixentForAsthma().drug('tezspire').therapy('xolair', '2023-01-01', '2023-01-10', 'INTOLERANCE')
                .fact('extended-release-formulation', false).fact('brand-with-preferred-generics', false)
        request.therapy('fasenra', startOf(days), dayBefore(), 'FAILURE')

        expect:
        decide(request).outcome == outcome

        where:
        days || outcome
        90   || MEETS_MEDICAL_NECESSITY
        89   || NOT_MEDICALLY_NECESSARY
    }

    def "a reason not to change: #reason"() {
        given:
        def request = dupixentForAsthma().drug('tezspire').therapy('fasenra', startOf(90), dayBefore(), 'FAILURE')
                .fact('extended-release-formulation', false).fact('brand-with-preferred-generics', false)
        if (outcomeOfXolair) {
            request.therapy('xolair', '2023-01-01', '2023-01-10', outcomeOfXolair)
        }
        if (nonsolid != null) {
            request.fact('cannot-change-to-solid-oral-formulation', nonsolid)
        }

        expect:
        decide(request).outcome == outcome

        where:
        reason                          | outcomeOfXolair    | nonsolid || outcome
        'an allergy'                    | 'ALLERGY'          | null     || MEETS_MEDICAL_NECESSITY
        'a contraindication'            | 'CONTRAINDICATION' | null     || MEETS_MEDICAL_NECESSITY
        'an intolerance'                | 'INTOLERANCE'      | null     || MEETS_MEDICAL_NECESSITY
        'a nonsolid oral formulation'   | null               | true     || MEETS_MEDICAL_NECESSITY
        'none stated, nonsolid false'   | null               | false    || NOT_MEDICALLY_NECESSARY
        'none stated at all'            | null               | null     || NEEDS_MORE_INFORMATION
    }

    def "an extended-release formulation needs its immediate release tried: #er, #ir"() {
        expect:
        decide(nucala().fact('extended-release-formulation', er).fact('inadequate-response-to-immediate-release', ir)).outcome == outcome

        where:
        er    | ir    || outcome
        false | false || MEETS_MEDICAL_NECESSITY
        true  | true  || MEETS_MEDICAL_NECESSITY
        true  | false || NOT_MEDICALLY_NECESSARY
    }

    def "a brand with preferred generics needs two generic labelers tried: #brand, #labelers"() {
        expect:
        decide(nucala().fact('brand-with-preferred-generics', brand).fact('inadequate-response-to-two-generic-labelers', labelers))
                .outcome == outcome

        where:
        brand | labelers || outcome
        false | false    || MEETS_MEDICAL_NECESSITY
        true  | true     || MEETS_MEDICAL_NECESSITY
        true  | false    || NOT_MEDICALLY_NECESSARY
    }
}
