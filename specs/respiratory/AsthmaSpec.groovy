package respiratory

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * "For Asthma – Must have had uncontrolled asthma symptoms and/or exacerbations despite at least 30
 * days with: Medium dose preferred ICS/LABA inhaler for 6 years and older OR medium dose preferred
 * ICS/LABA inhaler with tiotropium or high dose ICS/LABA inhaler if 12 years and older".
 */
class AsthmaSpec extends RespiratorySpecification {

    def "a member of #age (born #born) after #days days of #therapyClass: #outcome"() {
        given:
        def request = failedTrial(asking('dupixent', born).diagnosis('J45.50'), 'an-inhaler', therapyClass, days)

        expect:
        decide(request).outcome == outcome

        where:
        age | born         | therapyClass                           | days || outcome
        5   | '2018-06-04' | 'medium-dose-ics-laba'                 | 30   || NOT_MEDICALLY_NECESSARY
        6   | '2018-06-03' | 'medium-dose-ics-laba'                 | 30   || MEETS_MEDICAL_NECESSITY
        6   | '2018-06-03' | 'medium-dose-ics-laba'                 | 29   || NOT_MEDICALLY_NECESSARY
        11  | '2012-06-04' | 'medium-dose-ics-laba'                 | 30   || MEETS_MEDICAL_NECESSITY
        11  | '2012-06-04' | 'high-dose-ics-laba'                   | 30   || NOT_MEDICALLY_NECESSARY
        12  | '2012-06-03' | 'medium-dose-ics-laba'                 | 30   || NOT_MEDICALLY_NECESSARY
        12  | '2012-06-03' | 'medium-dose-ics-laba-with-tiotropium' | 30   || MEETS_MEDICAL_NECESSITY
        12  | '2012-06-03' | 'medium-dose-ics-laba-with-tiotropium' | 29   || NOT_MEDICALLY_NECESSARY
        12  | '2012-06-03' | 'high-dose-ics-laba'                   | 30   || MEETS_MEDICAL_NECESSITY
        34  | '1990-05-01' | 'high-dose-ics-laba'                   | 29   || NOT_MEDICALLY_NECESSARY
    }

    def "symptoms despite the inhaler are its outcome FAILURE: a completed course does not count"() {
        expect:
        decide(asking('dupixent').diagnosis('J45.50')
                .therapy('an-inhaler', 'high-dose-ics-laba', startOf(60), dayBefore(), 'COMPLETED')).outcome == NOT_MEDICALLY_NECESSARY
    }

    def "the finding names the trial and cites the reading"() {
        when:
        def d = decide(failedTrial(asking('dupixent', '2018-06-03').diagnosis('J45.50'), 'an-inhaler', 'medium-dose-ics-laba', 30))

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        def trial = d.findings().find { it.ref == 'medium-dose-ics-laba-30-days' }
        trial.kind == CRITERION_MET
        trial.text.contains("(an-inhaler from ${startOf(30)} for 30 days is at least 30 days")
        trial.text.contains('[reading: uncontrolled symptoms or exacerbations despite the therapy is its outcome FAILURE')
    }

    def "asthma criteria do not apply to another diagnosis, and are unknown without one"() {
        expect:
        decide(asking('dupixent').diagnosis('J30.1')).outcome == MEETS_MEDICAL_NECESSITY
        decide(asking('dupixent').diagnosis('J30.1')).findings(CRITERIA_NOT_APPLICABLE)*.ref.contains('for-asthma')
        decide(asking('dupixent')).outcome == NEEDS_MORE_INFORMATION
        decide(asking('dupixent')).findings().find { it.ref == 'for-asthma' }.text ==
                'whether criteria for a diagnosis in asthma apply is not known: the request states no diagnosis'
    }
}
