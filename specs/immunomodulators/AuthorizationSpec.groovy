package immunomodulators

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * Length of Authorizations (initial 90 days, subsequent 365) and the Subsequent Authorization
 * Criteria. The criteria have one published version (effective 2024-01-01): the table over
 * revisions has one row, and the tables over the drug list and the two classes listing Dupixent
 * carry the rest.
 */
class AuthorizationSpec extends ImmunomodulatorSpecification {

    def "under the revision of #revision the initial approval lasts 90 days"() {
        when:
        def d = decide(asking('dupixent').diagnosis('L20.9').observation(unit: '%', 'bsa-involvement', '12')
                .therapy('triamcinolone-cream', 'topical-corticosteroids', '2023-10-01', '2023-11-01', 'FAILURE')
                .therapy('tacrolimus-ointment', 'topical-calcineurin-inhibitors', '2023-12-01', '2024-01-15', 'FAILURE'))

        then:
        d.revision.toString() == revision
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.authorization().days() == 90
        d.authorization().through().toString() == '2024-08-31'

        where:
        revision << revisions
    }

    def "#drug (#status) is in scope and needs prior authorization"() {
        when:
        def d = decide(asking(drug).diagnosis('M06.9'))

        then:
        d.findings(DRUG_IN_SCOPE)*.ref == [drug]
        d.findings(DRUG_IN_SCOPE)[0].text.contains(status)
        d.outcome != NO_PRIOR_AUTHORIZATION_REQUIRED

        where:
        drug << PREFERRED + NON_PREFERRED
        status = drug in PREFERRED ? '(PREFERRED' : '(NON-PREFERRED'
    }

    static final List<String> PREFERRED = ['adbry', 'enbrel', 'dupixent', 'humira', 'kineret', 'otezla', 'taltz', 'xeljanz-ir']
    static final List<String> NON_PREFERRED = ['actemra', 'adalimumab-adaz', 'adalimumab-fkjp', 'amjevita', 'cibinqo', 'cimzia',
            'cosentyx', 'cyltezo', 'hadlima', 'idacio', 'ilumya', 'kevzara', 'litfulo', 'olumiant', 'orencia', 'rinvoq', 'siliq',
            'simponi', 'skyrizi', 'sotyktu', 'stelara', 'tremfya', 'xeljanz-sol-xr', 'yuflyma', 'yusimry']

    def "the drug list holds exactly the 8 preferred and 25 non-preferred drugs the page prints"() {
        expect:
        guideline.formulary().drugs()*.id == PREFERRED + NON_PREFERRED
    }

    def "a drug of another class (#drug) is not applicable"() {
        expect:
        decide(asking(drug).diagnosis('L20.9')).outcome == NOT_APPLICABLE

        where:
        drug << ['fasenra', 'nucala', 'eucrisa']
    }

    def "a date of service before 2024-01-01 is before these criteria took effect"() {
        expect:
        decide(asking('otezla').diagnosis('M06.9').on('2023-12-31')).outcome == NOT_APPLICABLE
        decide(asking('otezla').diagnosis('M06.9').on('2024-01-01')).outcome == MEETS_MEDICAL_NECESSITY
    }

    def "the approval says which length it took"() {
        expect:
        decide(asking('otezla').diagnosis('M06.9')).findings(AUTHORIZATION_LIMITED)*.text ==
                ['Length of Authorizations: Initial: 90 days; Subsequent: 365 days (initial: 90 days, no therapy of the requested drug under way the day before)']
        decide(bare('otezla').diagnosis('M06.9').therapy('otezla', '2024-01-10', null, 'ONGOING')
                .fact('clinical-response-and-safety-monitoring-documented', true)).findings(AUTHORIZATION_LIMITED)*.text ==
                ['Length of Authorizations: Initial: 90 days; Subsequent: 365 days (subsequent: 365 days, renewing otezla from 2024-01-10)']
    }

    def "a renewal (therapy begun #start) gets #days days when the response is documented"() {
        when:
        def d = decide(bare('dupixent').diagnosis('L20.9').therapy('dupixent', start, null, 'ONGOING')
                .fact('clinical-response-and-safety-monitoring-documented', true))

        then:
        d.outcome == outcome
        d.authorization()?.days() == days

        where:
        start        || outcome                 | days
        '2024-06-02' || MEETS_MEDICAL_NECESSITY | 365
        '2024-06-03' || NOT_MEDICALLY_NECESSARY | null
    }

    def "a trial of Dupixent that ended #end is #kind"() {
        when:
        def d = decide(bare('dupixent').diagnosis('L20.9').therapy('dupixent', '2024-01-01', end, 'COMPLETED')
                .fact('clinical-response-and-safety-monitoring-documented', true))

        then:
        d.findings(CRITERIA_NOT_APPLICABLE)*.ref.contains(skipped)

        where:
        end          || kind                 | skipped
        '2024-06-02' || 'a renewal'          | 'for-initial'
        '2024-06-01' || 'not a renewal'      | 'for-subsequent'
    }

    def "a renewal without documented response is not approved"() {
        when:
        def d = decide(bare('dupixent').diagnosis('L20.9').therapy('dupixent', '2024-03-01', null, 'ONGOING')
                .fact('clinical-response-and-safety-monitoring-documented', false))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET)*.ref == ['clinical-response-documented']
    }
}
