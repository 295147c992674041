package dme

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

import io.coverkit.kit.GuidelineSpecification

/** POSITION STATEMENT: a home pneumatic compression device for one of three indications. */
class PositionStatementSpec extends GuidelineSpecification {

    String guidelineId = 'acme-dme-014'

    def "#indication meets medical necessity on #dos"() {
        given: 'a request for #code with a recent progress note and the indication #indication'
        def request = request().hcpcs(code).on(dos).indication(indication).document('18741-9', note)

        when: 'it is decided'
        def determination = decide(request)

        then: 'it meets medical necessity, citing the indication'
        determination.outcome == MEETS_MEDICAL_NECESSITY
        determination.findings(INDICATION_MET)*.ref == [indication]

        where:
        indication                              | code    | dos          | note
        'lymphedema-after-conservative-therapy' | 'E0651' | '2025-09-15' | '2025-08-20'
        'venous-stasis-ulcers'                  | 'E0652' | '2025-09-15' | '2025-07-01'
        'lymphedema-after-cancer-treatment'     | 'E0651' | '2025-07-01' | '2025-06-30'
    }

    def "a request with no indication is not medically necessary"() {
        when: 'a documented request for E0652 names no indication'
        def determination = decide(request().hcpcs('E0652').on('2025-09-15').document('18741-9', '2025-09-01'))

        then: 'the position statement is not met'
        determination.outcome == NOT_MEDICALLY_NECESSARY
        determination.findings(INDICATION_MET).empty
    }

    def "an FEP request is deferred to the FEP guidelines, whatever it names"() {
        when: 'an indicated, documented request for an FEP member is decided'
        def determination = decide(request().hcpcs('E0651').on('2025-09-15').lineOfBusiness('FEP')
                .indication('venous-stasis-ulcers').document('18741-9', '2025-09-01'))

        then: 'the program exception decides'
        determination.outcome == DEFER_TO_PROGRAM
        determination.cites('fep')
    }
}
