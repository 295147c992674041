package igrt

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*
import static io.coverkit.determination.RevisionBasis.*

import io.coverkit.kit.GuidelineSpecification
import java.time.LocalDate

/**
 * Deciding under the revision in force on a named date (as a prior authorization reviewed before
 * the service would be) rather than on the date of service. Only the revision changes: document
 * time frames still count back from the date of service.
 */
class AsOfSpec extends GuidelineSpecification {

    String getGuidelineId() { '04-77260-19' }

    def "a 77014 request for 2026-06-01 decided as of 2025-12-31 is decided under the 2025-05-15 revision"() {
        given: 'an indicated, documented request for CPT 77014 with date of service 2026-06-01'
        def request = request().cpt('77014').on('2026-06-01')
                .indication('implanted-fiducial-markers').allDocumentsDated('2026-03-01')

        when: 'it is decided as of 2025-12-31, before 77014 was deleted'
        def asOf = decideAsOf(request, '2025-12-31')

        then: 'the 2025-05-15 revision decides, chosen by the as-of date, and 77014 is still in scope'
        asOf.revision() == LocalDate.parse('2025-05-15')
        asOf.revisionBasis() == AS_OF
        asOf.revisionDate() == LocalDate.parse('2025-12-31')
        asOf.dateOfService() == LocalDate.parse('2026-06-01')
        asOf.findings(CODE_IN_SCOPE)*.ref == ['77014']
        asOf.outcome == MEETS_MEDICAL_NECESSITY

        when: 'the same request is decided on its date of service'
        def normally = decide(request)

        then: 'the 2026-05-15 revision decides, chosen by the date of service, and 77014 is no longer listed'
        normally.outcome == NOT_APPLICABLE
        normally.revision() == LocalDate.parse('2026-05-15')
        normally.revisionBasis() == DATE_OF_SERVICE
        normally.revisionDate() == LocalDate.parse('2026-06-01')
        normally.findings(CODE_IN_SCOPE).empty
    }

    def "a history and physical dated 2025-11-15 is missing for a 2026-06-01 service even when decided as of 2025-12-31"() {
        given: 'a request for 77014 on 2026-06-01 whose history and physical is dated 2025-11-15, the others 2026-03-01'
        def request = request().cpt('77014').on('2026-06-01').indication('internal-motion')
                .allDocumentsDatedExcept('2026-03-01', '28626-0')
                .document('28626-0', '2025-11-15')

        when: 'it is decided as of 2025-12-31'
        def determination = decideAsOf(request, '2025-12-31')

        then: 'the window runs six months back from the date of service, not from the as-of date'
        determination.revision() == LocalDate.parse('2025-05-15')
        determination.revisionBasis() == AS_OF
        determination.outcome == INSUFFICIENT_DOCUMENTATION
        determination.missingDocuments()*.loinc() == ['28626-0']
        determination.missingDocuments()[0].notBefore() == LocalDate.parse('2025-12-01')
        determination.missingDocuments()[0].notAfter() == LocalDate.parse('2026-06-01')
    }

    def "decided as of 2025-12-31, a document dated #dated for a 2026-06-01 service #verdict"() {
        given: 'an indicated request for 77014 on 2026-06-01 with every document dated #dated'
        def request = request().cpt('77014').on('2026-06-01').indication('narrow-margins').allDocumentsDated(dated)

        when: 'it is decided as of 2025-12-31'
        def determination = decideAsOf(request, '2025-12-31')

        then: 'the documents count by the date of service alone'
        determination.revision() == LocalDate.parse('2025-05-15')
        determination.outcome == outcome

        where:
        dated        || outcome
        '2025-11-15' || INSUFFICIENT_DOCUMENTATION  // inside six months of the as-of date, outside six months of the service
        '2025-11-30' || INSUFFICIENT_DOCUMENTATION  // one day before the window of the service
        '2025-12-01' || MEETS_MEDICAL_NECESSITY     // exactly six months before the service
        '2026-03-01' || MEETS_MEDICAL_NECESSITY     // after the as-of date, before the service
        '2026-06-01' || MEETS_MEDICAL_NECESSITY     // on the date of service
        '2026-06-02' || INSUFFICIENT_DOCUMENTATION  // after the date of service

        verdict = outcome == MEETS_MEDICAL_NECESSITY ? 'counts' : 'does not count'
    }

    def "decided as of its own date of service, a request gets the same answer as decided normally, on another basis"() {
        given: 'an indicated, documented request for 77387 on 2026-06-01'
        def request = request().cpt('77387').on('2026-06-01').indication('dose-escalation').allDocumentsDated('2026-03-01')

        when: 'it is decided both ways'
        def asOf = decideAsOf(request, '2026-06-01')
        def normally = decide(request)

        then: 'same outcome, revision and findings; only the basis differs'
        asOf.outcome == normally.outcome
        asOf.revision() == normally.revision()
        asOf.findings() == normally.findings()
        asOf.revisionDate() == normally.revisionDate()
        asOf.revisionBasis() == AS_OF
        normally.revisionBasis() == DATE_OF_SERVICE
    }

    def "a 77387 request for 2026-06-01 decided as of 2023-05-14 falls in the period whose position statement is not published"() {
        given: 'an indicated, documented request for 77387 on 2026-06-01'
        def request = request().cpt('77387').on('2026-06-01').indication('implanted-fiducial-markers').allDocumentsDated('2026-03-01')

        when: 'it is decided as of 2023-05-14'
        def determination = decideAsOf(request, '2023-05-14')

        then: 'the revision in force that day has no published position statement'
        determination.outcome == REVISION_CONTENT_UNKNOWN
        determination.findings(CONTENT_UNKNOWN)*.ref == ['unknown-position-statement']
        determination.revision() == LocalDate.parse('2021-03-15')
        determination.revisionBasis() == AS_OF
        determination.revisionDate() == LocalDate.parse('2023-05-14')
    }

    def "a request decided as of a date before the original effective date is not applicable"() {
        when: 'an indicated, documented request for 77387 on 2026-06-01 is decided as of 2010-02-14'
        def determination = decideAsOf(request().cpt('77387').on('2026-06-01')
                .indication('implanted-fiducial-markers').allDocumentsDated('2026-03-01'), '2010-02-14')

        then: 'no revision was in force on the as-of date'
        determination.outcome == NOT_APPLICABLE
        determination.findings(BEFORE_ORIGINAL_EFFECTIVE_DATE).size() == 1
        determination.revision() == null
        determination.revisionBasis() == AS_OF
        determination.revisionDate() == LocalDate.parse('2010-02-14')
    }
}
