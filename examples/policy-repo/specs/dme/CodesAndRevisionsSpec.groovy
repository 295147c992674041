package dme

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

import io.coverkit.kit.GuidelineSpecification

/** BILLING/CODING and UPDATE HISTORY: which codes are in scope, and what the 07/01/25 revision changed. */
class CodesAndRevisionsSpec extends GuidelineSpecification {

    String guidelineId = 'acme-dme-014'

    def "E0650 is in scope before 2025-07-01 and not after: #dos"() {
        when: 'an indicated, documented request for E0650 on #dos is decided'
        def determination = decide(request().hcpcs('E0650').on(dos)
                .indication('lymphedema-after-conservative-therapy').document('18741-9', dos))

        then: 'the code decides whether the guideline applies'
        determination.outcome == outcome

        where:
        dos          || outcome
        '2025-06-30' || MEETS_MEDICAL_NECESSITY
        '2025-07-01' || NOT_APPLICABLE
    }

    def "a code the guideline does not list is not applicable"() {
        when: 'a request for a non-segmental compressor sleeve (E0655) is decided'
        def determination = decide(request().hcpcs('E0655').on('2025-09-15')
                .indication('venous-stasis-ulcers').document('18741-9', '2025-09-01'))

        then: 'no code is in scope'
        determination.outcome == NOT_APPLICABLE
        determination.findings(NO_CODE_IN_SCOPE).size() == 1
    }

    def "a date of service before 2024-01-01 is not applicable"() {
        expect: 'the guideline did not yet exist'
        decide(request().hcpcs('E0651').on('2023-12-31').indication('venous-stasis-ulcers').document('18741-9', '2023-12-01'))
                .findings(BEFORE_ORIGINAL_EFFECTIVE_DATE).size() == 1
    }

    def "lymphedema after cancer treatment is an indication from 2025-07-01 only: #dos"() {
        when: 'a documented request naming only that indication is decided'
        def determination = decide(request().hcpcs('E0652').on(dos)
                .indication('lymphedema-after-cancer-treatment').document('18741-9', dos))

        then: 'before the revision it is not an indication of the guideline'
        determination.outcome == outcome

        where:
        dos          || outcome
        '2025-06-30' || NOT_MEDICALLY_NECESSARY
        '2025-07-01' || MEETS_MEDICAL_NECESSITY
    }
}
