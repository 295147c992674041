package ldct

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*


/** "once per year": a prior LDCT screening less than a year before blocks; the anniversary does not. */
class FrequencySpec extends LdctSpecification {

    def "a screening #when the last one on #prior is #outcome"() {
        given: 'an eligible member screened on 2026-06-01 who had a screening before'
        def request = screening('2026-06-01', 'CPT', '71271').bornOn('1966-01-15')
                .fact('asymptomatic', true).fact('current-smoker', true)
                .observation('packs-per-day', '2').observation('years-smoked', '20')
                .priorService(system, code, prior)

        when: 'it is decided'
        def determination = decide(request)

        then: 'the once-per-year criterion decides, citing the chosen counting rule'
        determination.outcome == outcome
        def finding = determination.findings(kind).find { it.ref() == 'once-per-1-year' }
        finding != null
        finding.text().contains('[reading: a screening is covered again on the anniversary of the last one')

        where:
        when                          | system  | code    | prior        || outcome                 | kind
        'a year and a day after'      | 'CPT'   | '71271' | '2025-05-31' || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        'on the anniversary of'       | 'CPT'   | '71271' | '2025-06-01' || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        'a day short of a year after' | 'CPT'   | '71271' | '2025-06-02' || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
        'six months after'            | 'HCPCS' | 'G0297' | '2025-12-01' || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
        'after another service than'  | 'CPT'   | '99213' | '2026-01-01' || MEETS_MEDICAL_NECESSITY | CRITERION_MET
    }
}
