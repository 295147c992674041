package respiratory

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * Length of Authorizations (initial 180 days, subsequent 365) and the Subsequent Authorization
 * Criteria. The criteria have one published version (effective 2024-01-01), so the table over
 * revisions has one row; the tables over the drug list carry the rest.
 */
class AuthorizationSpec extends RespiratorySpecification {

    def "under the revision of #revision the initial approval of Dupixent lasts 180 days"() {
        when:
        def d = decide(dupixentForAsthma())

        then:
        d.revision.toString() == revision
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.authorization().days() == 180
        d.authorization().through().toString() == '2024-11-29'

        where:
        revision << revisions
    }

    def "#drug is in scope and needs prior authorization (#status)"() {
        when:
        def d = decide(asking(drug).diagnosis('J30.1'))

        then:
        d.findings(DRUG_IN_SCOPE)*.ref == [drug]
        d.outcome != NO_PRIOR_AUTHORIZATION_REQUIRED

        where:
        drug       | status
        'fasenra'  | 'preferred'
        'dupixent' | 'preferred'
        'xolair'   | 'preferred'
        'nucala'   | 'non-preferred'
        'tezspire' | 'non-preferred'
    }

    def "a date of service before 2024-01-01 is before these criteria took effect"() {
        expect:
        decide(dupixentForAsthma().on('2023-12-31')).outcome == NOT_APPLICABLE
    }

    def "the approval says which length it took"() {
        expect:
        decide(dupixentForAsthma()).findings(AUTHORIZATION_LIMITED)*.text ==
                ['Length of Authorizations: Initial: 180 days; Subsequent: 365 days (initial: 180 days, no therapy of the requested drug under way the day before)']
    }

    def "a drug of another class is not applicable"() {
        expect:
        decide(asking('adbry').diagnosis('L20.9')).outcome == NOT_APPLICABLE
    }

    def "a renewal: therapy begun #start gets #days days and the subsequent criteria"() {
        given:
        def request = asking('dupixent').diagnosis('J45.50').therapy('dupixent', start, null, 'ONGOING')
                .fact('clinical-response-and-safety-monitoring-documented', true)

        when:
        def d = decide(request)

        then:
        d.outcome == outcome
        if (days) {
            assert d.authorization().days() == days
        }

        where:
        start        || outcome                 | days
        '2024-06-02' || MEETS_MEDICAL_NECESSITY | 365
        '2023-12-01' || MEETS_MEDICAL_NECESSITY | 365
        '2024-06-03' || NOT_MEDICALLY_NECESSARY | 0
    }

    def "a renewal without documented response is not approved, and the initial criteria are skipped"() {
        when:
        def d = decide(asking('dupixent').diagnosis('J45.50').therapy('dupixent', '2024-01-01', null, 'ONGOING')
                .fact('clinical-response-and-safety-monitoring-documented', false))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET)*.ref == ['clinical-response-documented']
        d.findings(CRITERIA_NOT_APPLICABLE).find { it.ref == 'for-initial' }.text.contains('therapy of the requested drug from 2024-01-01')
    }
}
