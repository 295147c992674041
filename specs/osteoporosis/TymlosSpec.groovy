package osteoporosis

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * Additional criteria for abaloparatide (Tymlos): female and postmenopausal, a diagnosis of
 * osteoporosis, a bisphosphonate trial of more than 365 days, and at most 730 days in a lifetime of
 * parathyroid hormone analogs.
 */
class TymlosSpec extends OsteoporosisSpecification {

    def "a postmenopausal woman with osteoporosis after bisphosphonates and a failed Forteo trial is approved"() {
        when:
        def d = decide(tymlosCandidate())

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.findings(CRITERION_NOT_MET)*.ref == ['allergy-to-preferred', 'contraindication-to-preferred', 'toxic-side-effects-to-preferred']
        d.findings(CRITERION_MET)*.ref == ['preferred-trial-90-days', 'one-therapeutic-class', 'female', 'postmenopausal',
                                           'diagnosis-osteoporosis', 'bisphosphonate-trial-365-days', 'pth-analog-lifetime-730-days']
        d.authorization.days() == 365
    }

    def "a member whose sex is #sex #verdict"() {
        when:
        def d = decide(tymlosCandidate().sex(sex))

        then:
        d.outcome == outcome
        d.findings().find { it.ref == 'female' }.kind == kind

        where:
        sex || outcome                 | kind
        'M' || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
        'U' || NEEDS_MORE_INFORMATION  | FACT_UNKNOWN

        verdict = outcome == NEEDS_MORE_INFORMATION ? 'needs more information' : 'is not eligible'
    }

    def "postmenopausal status must be stated"() {
        when:
        def d = decide(asking('tymlos').sex('F').diagnosis('M81.0')
                .therapy('alendronate-tab', '2023-01-01', '2024-12-31', 'COMPLETED')
                .therapy('forteo', '2025-01-01', '2025-12-31', 'FAILURE'))

        then:
        d.outcome == NEEDS_MORE_INFORMATION
        d.findings(FACT_UNKNOWN)*.ref == ['postmenopausal']
        d.findings(FACT_UNKNOWN)[0].evidence*.field == ['facts.postmenopausal']
    }

    def "diagnosis #code is #verdict osteoporosis (ICD-10-CM M80-M81)"() {
        when:
        def d = decide(asking('tymlos').sex('F').fact('postmenopausal', true).diagnosis(code)
                .therapy('alendronate-tab', '2023-01-01', '2024-12-31', 'COMPLETED')
                .therapy('forteo', '2025-01-01', '2025-12-31', 'FAILURE'))

        then:
        d.outcome == outcome
        d.findings().find { it.ref == 'diagnosis-osteoporosis' }.kind == kind

        where:
        code       || outcome                 | kind
        'M81.0'    || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        'M81.8'    || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        'M80.00XA' || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        'M80.88XS' || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        'M85.80'   || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
        'M79.7'    || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
        'M8'       || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET

        verdict = kind == CRITERION_MET ? 'a diagnosis of' : 'not'
    }

    def "with no diagnosis stated, the request needs more information"() {
        when:
        def d = decide(asking('tymlos').sex('F').fact('postmenopausal', true)
                .therapy('alendronate-tab', '2023-01-01', '2024-12-31', 'COMPLETED')
                .therapy('forteo', '2025-01-01', '2025-12-31', 'FAILURE'))

        then:
        d.outcome == NEEDS_MORE_INFORMATION
        d.findings(FACT_UNKNOWN)*.ref == ['diagnosis-osteoporosis']
    }

    def "#days days of bisphosphonates #verdict: more than 365 are needed"() {
        when:
        def d = decide(asking('tymlos').sex('F').fact('postmenopausal', true).diagnosis('M81.0')
                .therapy('forteo', '2025-01-01', '2025-12-31', 'FAILURE')
                .therapy('alendronate-tab', '2023-01-01', end, 'COMPLETED'))

        then:
        d.outcome == outcome
        def trial = d.findings().find { it.ref == 'bisphosphonate-trial-365-days' }
        trial.text.contains("$days days of a drug of class bisphosphonates in total")

        where:
        end          || days | outcome
        '2024-01-01' || 366  | MEETS_MEDICAL_NECESSITY
        '2023-12-31' || 365  | NOT_MEDICALLY_NECESSARY

        verdict = outcome == MEETS_MEDICAL_NECESSITY ? 'suffice' : 'do not suffice'
    }

    def "bisphosphonate trials add up, a day on two drugs counted once"() {
        when: '200 days of alendronate and 200 of risedronate overlapping by 30 days: 370 days'
        def d = decide(asking('tymlos').sex('F').fact('postmenopausal', true).diagnosis('M81.0')
                .therapy('forteo', '2025-01-01', '2025-12-31', 'FAILURE')
                .therapy('alendronate-tab', '2023-01-01', '2023-07-19', 'COMPLETED')
                .therapy('risedronate', '2023-06-20', '2024-01-05', 'COMPLETED'))

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.findings().find { it.ref == 'bisphosphonate-trial-365-days' }.text.contains('370 days')
    }

    def "with #used days of parathyroid hormone analogs used, the request is #outcome and approved for #approved days"() {
        when:
        def d = decide(asking('tymlos').sex('F').fact('postmenopausal', true).diagnosis('M81.0')
                .therapy('alendronate-tab', '2020-01-01', '2021-12-31', 'COMPLETED')
                .therapyOfDays('forteo', used, 'FAILURE'))

        then:
        d.outcome == outcome
        (d.authorization?.days() ?: 0) == approved
        def cap = d.findings().find { it.ref == 'pth-analog-lifetime-730-days' }
        cap.text.contains("$used days of a drug of class parathyroid-hormone-analogs before 2026-06-01")

        where:
        used || outcome                 | approved
        365  || MEETS_MEDICAL_NECESSITY | 365
        500  || MEETS_MEDICAL_NECESSITY | 230
        729  || MEETS_MEDICAL_NECESSITY | 1
        730  || NOT_MEDICALLY_NECESSARY | 0
        800  || NOT_MEDICALLY_NECESSARY | 0
    }

    def "a shortened approval says why"() {
        when:
        def d = decide(asking('tymlos').sex('F').fact('postmenopausal', true).diagnosis('M81.0')
                .therapy('alendronate-tab', '2020-01-01', '2021-12-31', 'COMPLETED')
                .therapyOfDays('forteo', 500, 'FAILURE'))

        then:
        d.authorization.through.toString() == '2027-01-16'
        d.findings(AUTHORIZATION_LIMITED)[0].text == '365 Days, shortened to 230 days: pth-analog-lifetime-730-days leaves 230 days'
    }

    def "a failed bisphosphonate trial is not the same-class step for Tymlos: a preferred parathyroid hormone analog is"() {
        when:
        def d = decide(asking('tymlos').sex('F').fact('postmenopausal', true).diagnosis('M81.0')
                .therapy('alendronate-tab', '2023-01-01', '2024-12-31', 'FAILURE'))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings().find { it.ref == 'preferred-trial-90-days' }.kind == CRITERION_NOT_MET
    }

    def "the Tymlos criteria are skipped for other drugs and cited for Tymlos"() {
        expect:
        !decide(risedronateAfterFailedAlendronate()).cites('diagnosis-osteoporosis')
        decide(risedronateAfterFailedAlendronate()).findings(CRITERIA_NOT_APPLICABLE)*.ref == ['for-tymlos']
        decide(tymlosCandidate()).cites('diagnosis-osteoporosis')
        decide(tymlosCandidate()).findings(CRITERIA_NOT_APPLICABLE).empty
    }
}
