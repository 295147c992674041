package ldct

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

import io.coverkit.kit.RequestBuilder

/**
 * The order and the counseling and shared decision-making visit. CAG-00439R (2022-02-10): any
 * order, and before the first screening a visit (HCPCS G0296) documenting four elements.
 * CAG-00439N (2015-02-05): a written order from a physician or qualified non-physician
 * practitioner, given during the counseling visit for the initial screening and during any
 * appropriate visit for later ones.
 */
class OrdersAndCounselingSpec extends LdctSpecification {

    /** An eligible 60-year-old current smoker with 40 pack-years. */
    RequestBuilder eligible(RequestBuilder screening) {
        screening.bornOn(on2015(screening) ? '1958-01-15' : '1966-01-15')
                .fact('asymptomatic', true).fact('current-smoker', true)
                .observation('packs-per-day', '2').observation('years-smoked', '20')
    }

    private static boolean on2015(RequestBuilder screening) {
        screening.build().dateOfService().year < 2022
    }

    def "2022: a first screening after a visit documenting all four elements meets the criteria"() {
        when:
        def d = decide(eligible(screening('2026-06-01')))

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        def visit = d.findings(CRITERION_MET).find { it.ref == 'counseling-visit' }
        visit.text.contains('counseling-visit (HCPCS G0296) on 2026-05-01 documents every element')
        visit.evidence*.field == ['priorServices[0]']
        d.findings(CRITERION_MET).find { it.ref == 'order' }.evidence*.field == ['orders[0]']
    }

    def "2022: a visit that does not document #element fails a first screening"() {
        given:
        def request = eligible(unordered('2026-06-01')).order('2026-05-01', true, 'PHYSICIAN', 'counseling-visit')
                .priorService('HCPCS', 'G0296', '2026-05-01', VISIT_ELEMENTS - element)

        when:
        def d = decide(request)

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET)*.ref == ['counseling-visit']
        d.findings(CRITERION_NOT_MET)[0].text.contains("does not document $element")

        where:
        element << VISIT_ELEMENTS
    }

    def "2022: with no counseling visit stated, a first screening needs more information naming prior services"() {
        when:
        def d = decide(eligible(unordered('2026-06-01')).order('2026-05-01', false, '', ''))

        then:
        d.outcome == NEEDS_MORE_INFORMATION
        def unknown = d.findings(FACT_UNKNOWN).find { it.ref == 'counseling-visit' }
        unknown.text.contains('no counseling-visit (HCPCS G0296) on or before 2026-06-01 is stated')
        unknown.evidence*.field == ['priorServices']
    }

    def "2022: a visit after the date of service does not count"() {
        when:
        def d = decide(eligible(unordered('2026-06-01')).order('2026-05-01', true, 'PHYSICIAN', '')
                .priorService('HCPCS', 'G0296', '2026-06-02', VISIT_ELEMENTS))

        then:
        d.outcome == NEEDS_MORE_INFORMATION
        d.findings(FACT_UNKNOWN)*.ref.contains('counseling-visit')
    }

    def "2022: a later screening needs no counseling visit, and says why the visit was skipped"() {
        when:
        def d = decide(eligible(unordered('2026-06-01')).order('2026-05-20', false, '', '')
                .priorService('HCPCS', 'G0297', '2025-05-20'))

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        !d.cites('counseling-visit')
        def skipped = d.findings(CRITERIA_NOT_APPLICABLE)
        skipped*.ref == ['for-initial']
        skipped[0].text == 'criteria for the initial service do not apply: the request states an earlier service, HCPCS G0297 on 2025-05-20'
    }

    def "2022: an order of any kind will do, but a screening with no order stated needs one"() {
        expect:
        decide(eligible(unordered('2026-06-01')).priorService('HCPCS', 'G0296', '2026-05-01', VISIT_ELEMENTS)
                .order('2026-05-01', written, by, visit)).outcome == MEETS_MEDICAL_NECESSITY

        and:
        def d = decide(eligible(unordered('2026-06-01')).priorService('HCPCS', 'G0296', '2026-05-01', VISIT_ELEMENTS))
        d.outcome == NEEDS_MORE_INFORMATION
        d.findings(FACT_UNKNOWN).find { it.ref == 'order' }.evidence*.field == ['orders']

        where:
        written | by                           | visit
        false   | ''                           | ''
        true    | 'NON_PHYSICIAN_PRACTITIONER' | 'annual-wellness-visit'
    }

    def "2022: an order dated after the date of service does not count"() {
        when:
        def d = decide(eligible(unordered('2026-06-01')).priorService('HCPCS', 'G0296', '2026-05-01', VISIT_ELEMENTS)
                .order('2026-06-02', true, 'PHYSICIAN', 'counseling-visit'))

        then:
        d.outcome == NEEDS_MORE_INFORMATION
        d.findings(FACT_UNKNOWN)*.ref.contains('order')
    }

    def "2015: the initial screening's order #verdict when it is #how"() {
        when:
        def d = decide(eligible(unordered('2020-06-01')).order('2020-05-01', written, by, visit))

        then:
        d.outcome == outcome
        def order = d.findings().find { it.ref == 'initial-written-order' }
        order.kind == kind
        order.text.contains(because)
        !d.cites('counseling-visit')  // the 2015 text stops before the visit's elements

        where:
        how                                               | written | by                           | visit                   || outcome                 | kind              | because
        'written by a physician during the visit'         | true    | 'PHYSICIAN'                  | 'counseling-visit'      || MEETS_MEDICAL_NECESSITY | CRITERION_MET     | 'meets a written order given during counseling-visit'
        'written by a nurse practitioner during the visit'| true    | 'NON_PHYSICIAN_PRACTITIONER' | 'counseling-visit'      || MEETS_MEDICAL_NECESSITY | CRITERION_MET     | 'meets a written order'
        'given during another visit'                      | true    | 'PHYSICIAN'                  | 'annual-wellness-visit' || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET | 'was not given during counseling-visit but during annual-wellness-visit'
        'not written'                                     | false   | 'PHYSICIAN'                  | 'counseling-visit'      || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET | 'is not written'
        'silent on who gave it'                           | true    | ''                           | 'counseling-visit'      || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET | 'does not say who gave it'

        verdict = outcome == MEETS_MEDICAL_NECESSITY ? 'suffices' : 'fails'
    }

    def "2015: a subsequent screening's written order may come from #visit"() {
        when:
        def d = decide(eligible(unordered('2020-06-01')).priorService('HCPCS', 'G0297', '2019-05-01')
                .order('2020-05-15', true, 'PHYSICIAN', visit))

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.findings(CRITERION_MET).find { it.ref == 'subsequent-written-order' }.text.contains('[reading: the examples of an appropriate visit are not a closed list')
        d.findings(CRITERIA_NOT_APPLICABLE)*.ref == ['for-initial']

        where:
        visit << ['annual-wellness-visit', 'tobacco-cessation-counseling', 'evaluation-and-management-visit', 'counseling-visit']
    }

    def "2015: a subsequent screening's order must still be written"() {
        when:
        def d = decide(eligible(unordered('2020-06-01')).priorService('HCPCS', 'G0297', '2019-05-01')
                .order('2020-05-15', false, 'PHYSICIAN', 'annual-wellness-visit'))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET)*.ref == ['subsequent-written-order']
    }

    def "the initial-order and visit clauses of each version are cited only under that version"() {
        expect:
        decide(eligible(screening(on))).cites(cited)
        !decide(eligible(screening(on))).cites(absent)

        where:
        on           || cited                   | absent
        '2020-06-01' || 'initial-written-order' | 'counseling-visit'
        '2026-06-01' || 'counseling-visit'      | 'initial-written-order'
    }
}
