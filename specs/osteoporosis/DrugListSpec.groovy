package osteoporosis

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/** The preferred drug list: which drugs need prior authorization, and for how long an approval lasts. */
class DrugListSpec extends OsteoporosisSpecification {

    def "#drug is preferred, so it needs no prior authorization"() {
        when:
        def d = decide(asking(drug))

        then:
        d.outcome == NO_PRIOR_AUTHORIZATION_REQUIRED
        d.findings(DRUG_IN_SCOPE)*.ref == [drug]
        d.findings(PRIOR_AUTHORIZATION_NOT_REQUIRED)[0].text == 'prior authorization is required for non-preferred drugs only'
        d.authorization == null

        where:
        drug << ['alendronate-tab', 'calcitonin-salmon', 'forteo', 'ibandronate']
    }

    def "#drug is non-preferred (#drugClass), so its request is decided on the criteria"() {
        when:
        def d = decide(asking(drug))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(DRUG_IN_SCOPE)[0].text == "$name (NON-PREFERRED, $drugClass)"
        d.findings(DRUG_IN_SCOPE)[0].evidence*.field == ['priorAuthorization.drug']

        where:
        drug               | name               | drugClass
        'alendronate-susp' | 'Alendronate Susp' | 'bisphosphonates'
        'fosamax-plus-d'   | 'Fosamax Plus D'   | 'bisphosphonates'
        'risedronate'      | 'Risedronate'      | 'bisphosphonates'
        'tymlos'           | 'Tymlos'           | 'parathyroid-hormone-analogs'
    }

    def "a drug that is not on the list is outside this guideline"() {
        when:
        def d = decide(asking('denosumab'))

        then:
        d.outcome == NOT_APPLICABLE
        d.findings*.kind == [NO_CODE_IN_SCOPE]
    }

    def "a request dated before the criteria of 2022-04-15 is not decided by them"() {
        expect:
        decide(risedronateAfterFailedAlendronate().on('2022-04-14')).outcome == NOT_APPLICABLE
        decide(risedronateAfterFailedAlendronate().on('2022-04-15').therapy('alendronate-tab', '2021-09-01', '2021-12-29', 'FAILURE')).outcome == MEETS_MEDICAL_NECESSITY
    }

    def "an approval lasts 365 days, the date of service counted as the first"() {
        when:
        def d = decide(risedronateAfterFailedAlendronate())

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.authorization.from.toString() == '2026-06-01'
        d.authorization.through.toString() == '2027-05-31'
        d.authorization.days() == 365
    }

    def "a request that is not approved carries no authorization period"() {
        expect:
        decide(asking('risedronate')).authorization == null
    }
}
