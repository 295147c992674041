package dme

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

import io.coverkit.kit.GuidelineSpecification

/** DOCUMENTATION: a progress note dated three months or fewer before the date of service. */
class DocumentationSpec extends GuidelineSpecification {

    String guidelineId = 'acme-dme-014'

    def "a progress note dated #note for a date of service #dos: #outcome"() {
        when: 'an indicated request for E0651 with that note is decided'
        def determination = decide(request().hcpcs('E0651').on(dos)
                .indication('lymphedema-after-conservative-therapy').document('18741-9', note))

        then: 'the note counts only inside its three-month window'
        determination.outcome == outcome

        where:
        dos          | note         || outcome
        '2025-09-15' | '2025-06-15' || MEETS_MEDICAL_NECESSITY     // exactly three months before
        '2025-09-15' | '2025-06-14' || INSUFFICIENT_DOCUMENTATION  // one day earlier
        '2024-05-31' | '2024-02-29' || MEETS_MEDICAL_NECESSITY     // month end in a leap year, first revision
        '2024-05-31' | '2024-02-28' || INSUFFICIENT_DOCUMENTATION  // the day before that
    }

    def "without a progress note the documentation is insufficient and the note is asked for"() {
        when: 'an indicated request with no documents is decided'
        def determination = decide(request().hcpcs('E0652').on('2025-09-15').indication('venous-stasis-ulcers'))

        then: 'the missing note is named'
        determination.outcome == INSUFFICIENT_DOCUMENTATION
        determination.missingDocuments()*.loinc() == ['18741-9']
        determination.findings(DOCUMENT_MISSING)*.text == ['Attending physician progress note']
    }
}
