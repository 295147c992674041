package immunomodulators

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * All Authorizations and the Clinical PA Criteria: FDA labeling, documented severity, two
 * applicable first-line drugs for at least 90 days each, the dosing documented, no current active
 * infection, a negative TB test where labeling requires one.
 */
class ClinicalPaSpec extends ImmunomodulatorSpecification {

    def "Otezla after two first-line drugs is approved for the initial 90 days"() {
        when:
        def d = decide(asking('otezla').diagnosis('M06.9'))

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.authorization().days() == 90
        d.findings().find { it.ref == 'two-first-line-drugs-90-days' }.text.contains(
                '2 different therapies of therapy class first-line-drugs with outcome failure for at least 90 days before 2024-06-03 '
                        + '(methotrexate from 2023-01-01, sulfasalazine from 2023-06-01) meet the 2 required')
    }

    def "first-line trials of #first and #second days (#secondDrug): #outcome"() {
        given:
        def request = bare('otezla').diagnosis('M06.9')
                .therapy('methotrexate', 'first-line-drugs', '2023-01-01', plus('2023-01-01', first), 'FAILURE')
                .therapy(secondDrug, 'first-line-drugs', '2023-06-01', plus('2023-06-01', second), 'FAILURE')

        expect:
        decide(request).outcome == outcome

        where:
        first | second | secondDrug      || outcome
        90    | 90     | 'sulfasalazine' || MEETS_MEDICAL_NECESSITY
        90    | 89     | 'sulfasalazine' || NOT_MEDICALLY_NECESSARY
        89    | 90     | 'sulfasalazine' || NOT_MEDICALLY_NECESSARY
        90    | 90     | 'methotrexate'  || NOT_MEDICALLY_NECESSARY
    }

    def "a first-line drug the request does not name with the class does not count"() {
        expect:
        decide(bare('otezla').diagnosis('M06.9').therapy('methotrexate', 'first-line-drugs', '2023-01-01', '2023-03-31', 'FAILURE')
                .therapy('sulfasalazine', '2023-06-01', '2023-08-29', 'FAILURE')).outcome == NOT_MEDICALLY_NECESSARY
    }

    def "#fact stated #value: #outcome"() {
        expect:
        decide(asking('otezla').diagnosis('M06.9').fact(fact, value)).outcome == outcome

        where:
        fact                           | value || outcome
        'prescribed-per-fda-labeling'  | false || NOT_MEDICALLY_NECESSARY
        'disease-severity-documented'  | false || NOT_MEDICALLY_NECESSARY
        'dosing-regimen-documented'    | false || NOT_MEDICALLY_NECESSARY
        'current-active-infection'     | true  || NOT_MEDICALLY_NECESSARY
        'negative-tb-test-if-required' | false || NOT_MEDICALLY_NECESSARY
        'current-active-infection'     | false || MEETS_MEDICAL_NECESSITY
    }

    def "an active infection is reported as an exclusion that holds"() {
        when:
        def d = decide(asking('otezla').diagnosis('M06.9').fact('current-active-infection', true))

        then:
        d.findings(CRITERION_NOT_MET).find { it.ref == 'active-infection' }.text == 'must not: Must not have a current, active infection (`current-active-infection` is true)'
    }

    def "Taltz needs a preferred TNF inhibitor of #days days (#drug): #outcome"() {
        given:
        def request = asking('taltz').diagnosis('L40.0').observation('pasi', '12').observation('spga', '3')
                .therapy(drug, startOf(days), dayBefore(), 'FAILURE')

        expect:
        decide(request).outcome == outcome

        where:
        drug      | days || outcome
        'enbrel'  | 90   || MEETS_MEDICAL_NECESSITY
        'humira'  | 90   || MEETS_MEDICAL_NECESSITY
        'humira'  | 89   || NOT_MEDICALLY_NECESSARY
        'cimzia'  | 200  || NOT_MEDICALLY_NECESSARY
        'otezla'  | 200  || NOT_MEDICALLY_NECESSARY
    }

    def "the step therapy criterion is Taltz's alone"() {
        expect:
        decide(asking('otezla').diagnosis('M06.9')).findings(CRITERIA_NOT_APPLICABLE)*.ref.contains('for-taltz')
    }
}
