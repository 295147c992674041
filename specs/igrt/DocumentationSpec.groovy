package igrt

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

import io.coverkit.kit.GuidelineSpecification
import java.time.LocalDate

/** The documentation table: three documents, each dated six months or fewer before the date of service. */
class DocumentationSpec extends GuidelineSpecification {

    String guidelineId = '04-77260-19'

    def "a missing #name leaves the documentation insufficient"() {
        given: 'an indicated request with every required document on file except LOINC #loinc'
        def request = request().cpt('77387').on('2026-06-01').indication('implanted-fiducial-markers')
                .allDocumentsDatedExcept('2026-03-01', loinc)

        when: 'it is decided'
        def determination = decide(request)

        then: 'the documentation is insufficient, and only that document is listed as missing'
        determination.outcome == INSUFFICIENT_DOCUMENTATION
        determination.missingDocuments()*.loinc() == [loinc]
        determination.findings(DOCUMENT_MISSING)*.text == [name]
        determination.findings(DOCUMENT_PRESENT).size() == 2

        where:
        loinc     | name
        '28626-0' | 'Physician history and physical'
        '18741-9' | 'Attending physician progress note'
        '18776-5' | 'Plan of treatment'
    }

    def "with no documents at all, all three are listed as missing"() {
        given: 'an indicated request with no documents on file'
        def request = request().cpt('77387').on('2026-06-01').indication('internal-motion')

        when: 'it is decided'
        def determination = decide(request)

        then: 'the documentation is insufficient and every required document is missing'
        determination.outcome == INSUFFICIENT_DOCUMENTATION
        determination.missingDocuments()*.loinc() as Set == ['28626-0', '18741-9', '18776-5'] as Set
        determination.findings(DOCUMENT_MISSING).size() == 3
    }

    def "a missing document states the window it had to fall in"() {
        when: 'an indicated request for 2026-08-31 lacks the plan of treatment'
        def determination = decide(request().cpt('77387').on('2026-08-31').indication('dose-escalation')
                .allDocumentsDatedExcept('2026-07-01', '18776-5'))

        then: 'the missing document runs from six calendar months before to the date of service'
        def missing = determination.missingDocuments().first()
        missing.loinc() == '18776-5'
        missing.notBefore() == LocalDate.parse('2026-02-28')
        missing.notAfter() == LocalDate.parse('2026-08-31')
    }

    def "a document dated #dated for a date of service #dos #verdict"() {
        given: 'an indicated request whose documents are all dated #dated'
        def request = request().cpt('77387').on(dos).indication('implanted-fiducial-markers').allDocumentsDated(dated)

        when: 'it is decided'
        def determination = decide(request)

        then: 'the documents count only inside the six-month window'
        determination.outcome == outcome
        determination.findings(DOCUMENT_PRESENT).size() == (outcome == MEETS_MEDICAL_NECESSITY ? 3 : 0)

        where:
        dos          | dated        || outcome
        '2026-06-01' | '2025-12-01' || MEETS_MEDICAL_NECESSITY     // exactly six calendar months before
        '2026-06-01' | '2025-11-30' || INSUFFICIENT_DOCUMENTATION  // one day earlier
        '2026-06-01' | '2026-06-01' || MEETS_MEDICAL_NECESSITY     // on the date of service
        '2026-06-01' | '2026-06-02' || INSUFFICIENT_DOCUMENTATION  // a day after the date of service
        '2026-08-31' | '2026-02-28' || MEETS_MEDICAL_NECESSITY     // month end: February has no 31st
        '2026-08-31' | '2026-02-27' || INSUFFICIENT_DOCUMENTATION  // the day before that
        '2028-08-31' | '2028-02-29' || MEETS_MEDICAL_NECESSITY     // leap year: February 29th
        '2028-08-31' | '2028-02-28' || INSUFFICIENT_DOCUMENTATION  // the day before that
        '2026-03-31' | '2025-09-30' || MEETS_MEDICAL_NECESSITY     // 30-day month end
        '2026-03-31' | '2025-09-29' || INSUFFICIENT_DOCUMENTATION  // the day before that

        verdict = outcome == MEETS_MEDICAL_NECESSITY ? 'counts' : 'does not count'
    }

    def "one stale document among current ones is the only one listed as missing"() {
        given: 'history and physical dated one day too early, the other two current'
        def request = request().cpt('77387').on('2026-06-01').indication('narrow-margins')
                .allDocumentsDatedExcept('2026-05-01', '28626-0')
                .document('28626-0', '2025-11-30')

        when: 'it is decided'
        def determination = decide(request)

        then: 'the history and physical is missing, as if it were not on file'
        determination.outcome == INSUFFICIENT_DOCUMENTATION
        determination.missingDocuments()*.loinc() == ['28626-0']
    }

    def "the evidence for a document on file names the document and its date"() {
        given: 'an indicated request with the three documents dated on different days'
        def request = request().cpt('77387').on('2026-06-01').indication('implanted-fiducial-markers')
                .document('28626-0', '2026-01-10').document('18741-9', '2026-04-20').document('18776-5', '2026-05-30')

        when: 'it is decided'
        def determination = decide(request)

        then: 'each DOCUMENT_PRESENT finding carries the LOINC code and date of the document that counted'
        determination.outcome == MEETS_MEDICAL_NECESSITY
        def evidence = determination.findings(DOCUMENT_PRESENT).collectEntries { [(it.text): it.evidence.first()] }
        evidence['Physician history and physical'].value == '28626-0'
        evidence['Physician history and physical'].date == LocalDate.parse('2026-01-10')
        evidence['Attending physician progress note'].date == LocalDate.parse('2026-04-20')
        evidence['Plan of treatment'].date == LocalDate.parse('2026-05-30')
    }

    def "when two copies of a document are on file, the latest within the window is cited"() {
        given: 'three progress notes: an older one, a newer one, and one dated after the date of service'
        def request = request().cpt('77387').on('2026-06-01').indication('dose-escalation')
                .allDocumentsDatedExcept('2026-03-01', '18741-9')
                .document('18741-9', '2026-01-15').document('18741-9', '2026-04-10').document('18741-9', '2026-06-02')

        when: 'it is decided'
        def determination = decide(request)

        then: 'the progress note cited is the one of 2026-04-10, in documents[3]'
        def note = determination.findings(DOCUMENT_PRESENT).find { it.text == 'Attending physician progress note' }
        note.evidence*.date == [LocalDate.parse('2026-04-10')]
        note.evidence*.field == ['documents[3]']
    }

    def "a document of another LOINC code does not stand in for a required one"() {
        given: 'the time frame modifier 18805-2 is sent instead of the plan of treatment'
        def request = request().cpt('77387').indication('internal-motion')
                .allDocumentsDatedExcept('2026-05-01', '18776-5').document('18805-2', '2026-05-01')

        expect: 'the plan of treatment is still missing'
        decide(request).missingDocuments()*.loinc() == ['18776-5']
    }
}
