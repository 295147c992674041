package cpap

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * Items 1 and 2: adults only; coverage initially limited to a 12-week period, then only for those
 * who benefit from CPAP during it; education before use, for which a caregiver may compensate.
 */
class TrialSpec extends CpapSpecification {

    def "the first claim needs no benefit yet: the 12-week period has not begun"() {
        when:
        def d = decide(qualifying())

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        !d.cites('benefit-during-12-weeks')
        !d.cites('within-initial-12-weeks')
    }

    def "a claim #days days after CPAP started on 2026-03-02, benefit stated on #benefit: #outcome"() {
        when:
        def r = continuing(on, '2026-03-02')
        if (benefit != null) {
            r.event('cpap-benefit', benefit)
        }
        def d = decide(r)

        then:
        d.outcome == outcome
        d.findings(withinKind)*.ref.contains('within-initial-12-weeks')

        where:
        on           | days | benefit      || outcome                 | withinKind
        '2026-03-30' | 28   | null         || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        '2026-05-24' | 83   | null         || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        '2026-05-25' | 84   | null         || NEEDS_MORE_INFORMATION  | CRITERION_NOT_MET
        '2026-05-25' | 84   | '2026-05-01' || MEETS_MEDICAL_NECESSITY | CRITERION_NOT_MET
        '2026-05-25' | 84   | '2026-05-24' || MEETS_MEDICAL_NECESSITY | CRITERION_NOT_MET
        '2026-05-25' | 84   | '2026-05-25' || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
        '2027-01-04' | 308  | '2026-04-15' || MEETS_MEDICAL_NECESSITY | CRITERION_NOT_MET
    }

    def "a later claim that does not say when CPAP started needs the start"() {
        when:
        def d = decide(qualifying('2026-06-01', '1950-03-01', null).priorService('HCPCS', 'E0601', '2026-05-01'))

        then:
        d.outcome == NEEDS_MORE_INFORMATION
        d.findings(FACT_UNKNOWN)*.ref.containsAll(['within-initial-12-weeks', 'benefit-during-12-weeks', 'beneficiary-educated'])
        d.findings(CRITERION_NOT_MET)*.ref as Set == ['ahi-5-to-14', 'rdi-5-to-14'] as Set
    }

    def "a beneficiary born #born is #age on 2026-06-01: #outcome"() {
        when:
        def d = decide(qualifying('2026-06-01', born))

        then:
        d.outcome == outcome
        d.findings().find { it.ref == 'adult' }.text.contains('an adult patient is 18 or older')

        where:
        born         | age || outcome
        '2008-06-01' | 18  || MEETS_MEDICAL_NECESSITY
        '2008-06-02' | 17  || NOT_MEDICALLY_NECESSARY
    }

    def "education: beneficiary on #beneficiary, caregiver on #caregiver, available #available, able #able (CPAP from 2026-06-01, claim 2026-06-15): #outcome"() {
        when:
        def r = diagnosed('2026-06-15', '1950-03-01', null).event('cpap-start', '2026-06-01')
                .observation('ahi', '20').observation('rdi', '20')
                .observation('recorded-sleep-hours', '6').observation('recorded-events', '120')
        if (beneficiary != null) {
            r.event('beneficiary-education', beneficiary)
        }
        if (caregiver != null) {
            r.event('caregiver-education', caregiver)
        }
        [('caregiver-consistently-available'): available, ('caregiver-willing-and-able'): able].each { k, v -> if (v != null) { r.fact(k, v) } }
        def d = decide(r)

        then:
        d.outcome == outcome

        where:
        beneficiary  | caregiver    | available | able  || outcome
        '2026-06-01' | null         | null      | null  || MEETS_MEDICAL_NECESSITY
        '2026-05-20' | null         | null      | null  || MEETS_MEDICAL_NECESSITY
        '2026-06-02' | '2026-06-01' | true      | true  || MEETS_MEDICAL_NECESSITY
        '2026-06-02' | '2026-06-01' | false     | true  || NOT_MEDICALLY_NECESSARY
        '2026-06-02' | '2026-06-01' | true      | false || NOT_MEDICALLY_NECESSARY
        '2026-06-02' | '2026-06-02' | true      | true  || NOT_MEDICALLY_NECESSARY
        null         | null         | null      | null  || NEEDS_MORE_INFORMATION
    }
}
