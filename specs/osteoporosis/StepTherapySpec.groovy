package osteoporosis

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * Criterion 1: a reason the patient cannot be changed to a preferred drug (allergy, contraindication
 * or interaction, toxic side effects), or a therapeutic failure of at least a 90-day trial of a
 * preferred drug of the requested drug's class; and only one therapeutic class at a time.
 */
class StepTherapySpec extends OsteoporosisSpecification {

    static final String TRIAL = 'preferred-trial-90-days'

    def "a failed trial of #days days of a preferred bisphosphonate #verdict risedronate"() {
        given: 'a trial that ended the day before the date of service'
        def request = asking('risedronate').therapyOfDays('alendronate-tab', days, 'FAILURE')

        when:
        def d = decide(request)

        then:
        d.outcome == outcome
        def trial = d.findings().find { it.ref == TRIAL }
        trial.kind == kind
        trial.text.contains("alendronate-tab from ${request.build().therapies()[0].start()} for $days days is")
        trial.text.contains('[reading: one therapy of one preferred drug')

        where:
        days || outcome                 | kind
        90   || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        89   || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
        91   || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        365  || MEETS_MEDICAL_NECESSITY | CRITERION_MET

        verdict = outcome == MEETS_MEDICAL_NECESSITY ? 'allows' : 'does not allow'
    }

    def "a 90-day trial still under way counts its days through the day before the date of service"() {
        expect:
        decide(asking('risedronate').therapy('ibandronate', '2026-03-03', null, 'FAILURE')).outcome == MEETS_MEDICAL_NECESSITY
        decide(asking('risedronate').therapy('ibandronate', '2026-03-04', null, 'FAILURE')).outcome == NOT_MEDICALLY_NECESSARY
    }

    def "a trial that did not fail (#outcome) is not a therapeutic failure"() {
        expect:
        decide(asking('risedronate').therapyOfDays('alendronate-tab', 120, outcome)).outcome == NOT_MEDICALLY_NECESSARY

        where:
        outcome << ['COMPLETED', 'ONGOING']
    }

    def "a failed trial of a preferred drug of another class does not count for risedronate"() {
        when:
        def d = decide(asking('risedronate').therapyOfDays('calcitonin-salmon', 200, 'FAILURE'))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings().find { it.ref == TRIAL }.text.contains('no therapy of a preferred drug of the requested drug\'s class with outcome failure')
    }

    def "a failed trial of a non-preferred drug of the class does not count"() {
        expect:
        decide(asking('risedronate').therapyOfDays('fosamax-plus-d', 200, 'FAILURE')).outcome == NOT_MEDICALLY_NECESSARY
    }

    def "#reason to a preferred drug is an acceptable reason not to change to one"() {
        when:
        def d = decide(asking('risedronate').therapy('calcitonin-salmon', '2024-01-10', '2024-01-20', outcome))

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.findings(CRITERION_MET)*.ref.contains(ref)
        d.findings(CRITERION_MET).find { it.ref == ref }.evidence*.field == ['therapies[0]']

        where:
        reason                          | outcome            | ref
        'an allergy'                    | 'ALLERGY'          | 'allergy-to-preferred'
        'a contraindication'            | 'CONTRAINDICATION' | 'contraindication-to-preferred'
        'unacceptable or toxic effects' | 'INTOLERANCE'      | 'toxic-side-effects-to-preferred'
    }

    def "an allergy to a non-preferred drug is no reason"() {
        expect:
        decide(asking('risedronate').therapy('tymlos', '2024-01-10', '2024-01-20', 'ALLERGY')).outcome == NOT_MEDICALLY_NECESSARY
    }

    def "a member still on #other may not add risedronate: one therapeutic class at a time"() {
        when:
        def d = decide(risedronateAfterFailedAlendronate().therapy(other, '2026-01-01', end, 'ONGOING'))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        def one = d.findings(CRITERION_NOT_MET).find { it.ref == 'one-therapeutic-class' }
        one.text.startsWith("must not: Patients should only be on ONE of the therapeutic classes (bisphosphonates, calcitonin-salmon). ($other from 2026-01-01 is under way on 2026-06-01")
        one.evidence*.field == ['therapies[1]']

        where:
        other               | end
        'calcitonin-salmon' | null
        'calcitonin-salmon' | '2026-06-01'
        'forteo'            | '2026-12-31'
    }

    def "a therapy of another class that ended before the date of service does not block"() {
        expect:
        decide(risedronateAfterFailedAlendronate().therapy('calcitonin-salmon', '2026-01-01', '2026-05-31', 'COMPLETED')).outcome == MEETS_MEDICAL_NECESSITY
    }

    def "staying on a drug of the same class does not break the one-class rule"() {
        expect:
        decide(risedronateAfterFailedAlendronate().therapy('ibandronate', '2026-01-01', null, 'ONGOING')).outcome == MEETS_MEDICAL_NECESSITY
    }

    def "the step therapy of a non-preferred drug with no therapy stated lists every way it could be met"() {
        when:
        def d = decide(asking('alendronate-susp'))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET)*.ref == ['allergy-to-preferred', 'contraindication-to-preferred',
                                               'toxic-side-effects-to-preferred', TRIAL]
        d.findings(CRITERIA_NOT_APPLICABLE)[0].text == 'criteria for a request for tymlos do not apply: the request is for alendronate-susp, not tymlos'
    }
}
