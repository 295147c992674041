package igrt

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

import io.coverkit.kit.GuidelineSpecification

/** When the guideline applies at all, and the order in which its outcomes are reached. */
class ApplicabilitySpec extends GuidelineSpecification {

    String guidelineId = '04-77260-19'

    def "a request with no code of the guideline is not applicable: #system #code"() {
        given: 'an indicated, documented request for #system #code on 2026-06-01'
        def request = (system == 'CPT' ? request().cpt(code) : request().hcpcs(code)).on('2026-06-01')
                .indication('implanted-fiducial-markers').allDocumentsDated('2026-03-01')

        when: 'it is decided'
        def determination = decide(request)

        then: 'the guideline does not apply, and says no code is in scope'
        determination.outcome == NOT_APPLICABLE
        determination.findings(NO_CODE_IN_SCOPE).size() == 1
        determination.findings(CODE_IN_SCOPE).empty

        where:
        system  | code
        'CPT'   | '77014'   // deleted 01/01/26
        'HCPCS' | 'G6001'   // deleted 01/01/26
        'HCPCS' | 'G6017'   // deleted 01/01/26
    }

    def "a request with no procedure code at all is not applicable"() {
        expect: 'no code, no guideline'
        decide(request().on('2026-06-01').indication('internal-motion').allDocumentsDated('2026-03-01'))
                .findings(NO_CODE_IN_SCOPE).size() == 1
    }

    def "a request with 77387 and another code is in scope"() {
        given: 'a documented, indicated request for CPT 77387 and CPT 77014'
        def request = request().cpt('77014').cpt('77387').on('2026-06-01')
                .indication('during-radiation-therapy').allDocumentsDated('2026-03-01')

        when: 'it is decided'
        def determination = decide(request)

        then: 'it is decided on its merits, and 77387 is the code cited as in scope'
        determination.outcome == MEETS_MEDICAL_NECESSITY
        determination.findings(CODE_IN_SCOPE)*.ref == ['77387']
        determination.findings(CODE_IN_SCOPE)[0].evidence*.field == ['procedures[1]']
    }

    def "a date of service before the original effective date of 2010-02-15 is not applicable: #dos"() {
        when: 'a documented, indicated request for 77387 on #dos is decided'
        def determination = decide(request().cpt('77387').on(dos)
                .indication('implanted-fiducial-markers').allDocumentsDated(dos))

        then: 'the guideline did not yet exist'
        determination.outcome == NOT_APPLICABLE
        determination.findings(BEFORE_ORIGINAL_EFFECTIVE_DATE).size() == 1

        where:
        dos << ['2010-02-14', '2009-06-01']
    }

    def "a code outside the guideline is not applicable even for an FEP member with no indication"() {
        when: 'an FEP request for CPT 77014 with nothing else is decided'
        def determination = decide(request().cpt('77014').on('2026-06-01').lineOfBusiness('FEP'))

        then: 'not applicable comes before the program exception'
        determination.outcome == NOT_APPLICABLE
        determination.findings(PROGRAM_EXCEPTION_DEFERS).empty
    }

    def "no indication and missing documents is not medically necessary, and still lists the missing documents"() {
        given: 'a request for 77387 with no indication and no documents'
        def request = request().cpt('77387').on('2026-06-01')

        when: 'it is decided'
        def determination = decide(request)

        then: 'the missing indication decides, and every finding is listed'
        determination.outcome == NOT_MEDICALLY_NECESSARY
        determination.findings(NO_INDICATION_MET).size() == 1
        determination.missingDocuments()*.loinc() as Set == ['28626-0', '18741-9', '18776-5'] as Set
        determination.findings(DOCUMENT_MISSING).size() == 3
    }

    def "the code list in force on the date of service decides applicability: #system #code on #dos"() {
        when: 'a documented, indicated request for #system #code on #dos is decided'
        def r = system == 'CPT' ? request().cpt(code) : request().hcpcs(code)
        def determination = decide(r.on(dos).indication('internal-motion').allDocumentsDated(dos))

        then: 'the guideline applies only when the code was in its code list that day'
        (determination.outcome != NOT_APPLICABLE) == inScope

        where:
        system  | code    | dos          || inScope
        'HCPCS' | 'G6001' | '2025-12-31' || true    // deleted 01/01/26, still listed the day before
        'HCPCS' | 'G6001' | '2026-01-01' || false
        'CPT'   | '77014' | '2025-12-31' || true
        'CPT'   | '77387' | '2014-12-31' || false   // added 01/01/15
        'CPT'   | '77387' | '2015-01-01' || true
    }
}
