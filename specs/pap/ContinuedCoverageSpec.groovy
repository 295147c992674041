package pap

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * Continued coverage beyond the first three months: a clinical re-evaluation no sooner than the
 * 31st day after therapy started, improved symptoms, and adherence (4 hours or more on 70% of the
 * nights of 30 consecutive nights within the first three months).
 */
class ContinuedCoverageSpec extends PapSpecification {

    def "a claim on #on needs the continued coverage criteria: #needed"() {
        when:
        def d = decide(qualified(on))

        then:
        d.outcome == outcome

        where:
        on           | needed || outcome
        '2024-05-31' | false  || MEETS_MEDICAL_NECESSITY   // the last day of the first three months
        '2024-06-01' | true   || NEEDS_MORE_INFORMATION    // three months after 2024-03-01: the fourth month
    }

    def "a claim in the fourth month with the re-evaluation, improvement and adherence is covered"() {
        when:
        def d = decide(continued('2024-06-01'))

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.findings(CRITERION_MET)*.ref.containsAll(['clinical-re-evaluation-from-31st-day', 'symptoms-improved', 'adherence'])
        d.findings().find { it.ref == 'adherence' }.section == 'CONTINUED COVERAGE BEYOND THE FIRST THREE MONTHS OF THERAPY:'
    }

    def "a re-evaluation on day #n after therapy started (#on): #outcome"() {
        expect:
        decide(continued('2024-07-15', 'E0601', n)).outcome == outcome

        where:
        n   || outcome
        30  || NOT_MEDICALLY_NECESSARY
        31  || MEETS_MEDICAL_NECESSITY
        91  || MEETS_MEDICAL_NECESSITY
        120 || MEETS_MEDICAL_NECESSITY   // after the 91st day: coverage from the re-evaluation on
        on = day(n)
    }

    def "a re-evaluation after the 91st day covers only dates of service from it on"() {
        given: 'the only re-evaluation is on day 120, 2024-06-29'
        def before = qualified('2024-06-28').event('clinical-re-evaluation', day(120)).fact('symptoms-improved', true)
        def after = qualified('2024-06-29').event('clinical-re-evaluation', day(120)).fact('symptoms-improved', true)
        nightly(before, START, 30, 5)
        nightly(after, START, 30, 5)

        expect:
        decide(before).outcome == NEEDS_MORE_INFORMATION
        decide(after).outcome == MEETS_MEDICAL_NECESSITY
    }

    def "symptoms not improved deny continued coverage"() {
        when:
        def d = decide(continued('2024-06-01').fact('symptoms-improved', false))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        'symptoms-improved' in d.findings(CRITERION_NOT_MET)*.ref
    }

    def "#nights of 30 nights at #hours hours from day #from: adherence #met"() {
        given:
        def r = qualified('2024-06-15').event('clinical-re-evaluation', day(60)).fact('symptoms-improved', true)
        nightly(r, day(from), nights, hours)

        expect:
        decide(r).outcome == (met ? MEETS_MEDICAL_NECESSITY : NOT_MEDICALLY_NECESSARY)

        where:
        nights | hours | from || met
        21     | 4     | 0    || true    // 70% of 30 nights, exactly 4 hours
        20     | 4     | 0    || false   // one night short
        21     | 3.9   | 0    || false   // under 4 hours
        21     | 4     | 71   || true    // nights 71-91: day 91 (2024-05-31) is the last of the first three months
        21     | 4     | 72   || false   // nights 72-92: night 92 (2024-06-01) is after the first three months
    }

    def "without nightly usage records adherence is unknown"() {
        expect:
        decide(qualified('2024-06-01').event('clinical-re-evaluation', day(60)).fact('symptoms-improved', true))
                .outcome == NEEDS_MORE_INFORMATION
    }
}
