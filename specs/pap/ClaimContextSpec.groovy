package pap

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * What depends on the claim line: criterion D for an E0470 only, the E0471 denied for OSA, the
 * KX / GA / GZ / EY modifiers of the policy article A52467, and the accessories' usual maximums.
 */
class ClaimContextSpec extends PapSpecification {

    def "an E0601 needs no trial of another device, an E0470 needs criterion D: #code, D #tried: #outcome"() {
        given:
        def r = qualified('2024-03-15', code)
        if (tried != null) {
            r.fact('e0601-tried-and-ineffective', tried)
        }

        expect:
        decide(r).outcome == outcome

        where:
        code    | tried || outcome
        'E0601' | null  || MEETS_MEDICAL_NECESSITY
        'E0470' | true  || MEETS_MEDICAL_NECESSITY
        'E0470' | false || NOT_MEDICALLY_NECESSARY
        'E0470' | null  || NEEDS_MORE_INFORMATION
    }

    def "an E0471 billed with the OSA diagnosis is not reasonable and necessary"() {
        when:
        def d = decide(qualified('2024-03-15', 'E0471'))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        'e0471-with-osa' in d.findings(CRITERION_NOT_MET)*.ref
    }

    def "a claim line with #modifiers: #outcome"() {
        given:
        def r = qualified('2024-03-15', 'E0601', ['modifiers'])
        if (modifiers) {
            r.modifier(*modifiers)
        }

        expect:
        decide(r).outcome == outcome

        where:
        modifiers    || outcome
        ['KX']       || MEETS_MEDICAL_NECESSITY
        ['RR', 'KX'] || MEETS_MEDICAL_NECESSITY
        ['GA']       || NOT_MEDICALLY_NECESSARY
        ['GZ']       || NOT_MEDICALLY_NECESSARY
        []           || NOT_MEDICALLY_NECESSARY
        ['KX', 'EY'] || NOT_MEDICALLY_NECESSARY
    }

    def "#code: #units units with #prior more in the #period before: #outcome"() {
        given:
        def r = continued('2024-06-15', code).units(units)
        if (prior > 0) {
            r.priorServiceUnits('HCPCS', code, priorOn, prior)
        }

        expect:
        decide(r).outcome == outcome

        where:
        code    | units | prior | priorOn      | period     || outcome
        'A7030' | 1     | 0     | null         | '3 months' || MEETS_MEDICAL_NECESSITY
        'A7030' | 2     | 0     | null         | '3 months' || NOT_MEDICALLY_NECESSARY
        'A7030' | 1     | 1     | '2024-03-16' | '3 months' || NOT_MEDICALLY_NECESSARY
        'A7030' | 1     | 1     | '2024-03-15' | '3 months' || MEETS_MEDICAL_NECESSITY
        'A7028' | 2     | 0     | null         | '1 month'  || MEETS_MEDICAL_NECESSITY
        'A7028' | 3     | 0     | null         | '1 month'  || NOT_MEDICALLY_NECESSARY
        'A7035' | 1     | 1     | '2023-12-16' | '6 months' || NOT_MEDICALLY_NECESSARY
        'A7035' | 1     | 1     | '2023-12-15' | '6 months' || MEETS_MEDICAL_NECESSITY
    }
}
