package immunomodulators

import static io.coverkit.determination.Outcome.*

/**
 * Non-Preferred Criteria: a reason the member cannot change to a preferred drug (or a nonsolid oral
 * formulation's), two preferred drugs that failed after 90 days each, and the extended-release and
 * brand-with-generics sub-criteria.
 */
class NonPreferredSpec extends ImmunomodulatorSpecification {

    /** Rinvoq for rheumatoid arthritis after Humira (intolerance) and 90 days each of Enbrel and Otezla. */
    def rinvoq() {
        asking('rinvoq').diagnosis('M06.9').therapy('humira', '2022-01-01', '2022-02-01', 'INTOLERANCE')
                .therapy('enbrel', '2023-09-01', plus('2023-09-01', 90), 'FAILURE')
                .therapy('otezla', startOf(90), dayBefore(), 'FAILURE')
                .fact('extended-release-formulation', false).fact('brand-with-preferred-generics', false)
    }

    def "a non-preferred drug with a reason and two preferred trials is approved"() {
        expect:
        decide(rinvoq()).outcome == MEETS_MEDICAL_NECESSITY
    }

    def "the second preferred trial of #days days: #outcome"() {
        given:
        def request = asking('rinvoq').diagnosis('M06.9').therapy('humira', '2022-01-01', '2022-02-01', 'ALLERGY')
                .therapy('enbrel', '2023-09-01', plus('2023-09-01', 90), 'FAILURE')
                .therapy(second, startOf(days), dayBefore(), 'FAILURE')
                .fact('extended-release-formulation', false).fact('brand-with-preferred-generics', false)

        expect:
        decide(request).outcome == outcome

        where:
        second    | days || outcome
        'otezla'  | 90   || MEETS_MEDICAL_NECESSITY
        'otezla'  | 89   || NOT_MEDICALLY_NECESSARY
        'enbrel'  | 120  || NOT_MEDICALLY_NECESSARY
        'cimzia'  | 120  || NOT_MEDICALLY_NECESSARY
    }

    def "a reason not to change: #reason"() {
        given:
        def request = asking('cosentyx').diagnosis('M45.9').therapy('enbrel', '2023-09-01', plus('2023-09-01', 90), 'FAILURE')
                .therapy('otezla', startOf(90), dayBefore(), 'FAILURE')
                .fact('extended-release-formulation', false).fact('brand-with-preferred-generics', false)
        if (humira) {
            request.therapy('humira', '2022-01-01', '2022-02-01', humira)
        }
        if (nonsolid != null) {
            request.fact('cannot-change-to-solid-oral-formulation', nonsolid)
        }

        expect:
        decide(request).outcome == outcome

        where:
        reason                        | humira             | nonsolid || outcome
        'an allergy'                  | 'ALLERGY'          | null     || MEETS_MEDICAL_NECESSITY
        'a contraindication'          | 'CONTRAINDICATION' | null     || MEETS_MEDICAL_NECESSITY
        'an intolerance'              | 'INTOLERANCE'      | null     || MEETS_MEDICAL_NECESSITY
        'a nonsolid oral formulation' | null               | true     || MEETS_MEDICAL_NECESSITY
        'a failure is not a reason'   | 'FAILURE'          | false    || NOT_MEDICALLY_NECESSARY
    }

    def "Xeljanz XR needs its immediate release tried: #ir"() {
        expect:
        decide(rinvoq().drug('xeljanz-sol-xr').fact('extended-release-formulation', true)
                .fact('inadequate-response-to-immediate-release', ir)).outcome == outcome

        where:
        ir    || outcome
        true  || MEETS_MEDICAL_NECESSITY
        false || NOT_MEDICALLY_NECESSARY
    }

    def "a brand with preferred generics needs two generic labelers tried: #labelers"() {
        expect:
        decide(rinvoq().fact('brand-with-preferred-generics', true).fact('inadequate-response-to-two-generic-labelers', labelers))
                .outcome == outcome

        where:
        labelers || outcome
        true     || MEETS_MEDICAL_NECESSITY
        false    || NOT_MEDICALLY_NECESSARY
    }
}
