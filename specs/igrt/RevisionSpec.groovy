package igrt

import static io.coverkit.determination.Outcome.*

import io.coverkit.kit.GuidelineSpecification
import java.time.LocalDate

/** Every determination names the guideline, the revision in force on the date of service, and its source. */
class RevisionSpec extends GuidelineSpecification {

    String guidelineId = '04-77260-19'

    def "a determination names the guideline and the source it was decided from"() {
        when: 'a documented, indicated request for 2026-06-01 is decided'
        def determination = decide(request().cpt('77387').on('2026-06-01')
                .indication('implanted-fiducial-markers').allDocumentsDated('2026-03-01'))

        then: 'it names 04-77260-19, the 2026-05-15 revision and a sha256 digest of the policy'
        determination.guideline() == '04-77260-19'
        determination.revision() == LocalDate.parse('2026-05-15')
        determination.sourceDigest().startsWith('sha256:')
    }

    def "the revision in force on #dos is #revision"() {
        when: 'a documented, indicated request for #dos is decided'
        def determination = decide(request().cpt('77387').on(dos)
                .indication('implanted-fiducial-markers').allDocumentsDated(dos))

        then: 'the revision is the latest one effective on or before the date of service'
        determination.revision() == LocalDate.parse(revision)
        determination.outcome == MEETS_MEDICAL_NECESSITY

        where:
        dos          || revision
        '2026-06-01' || '2026-05-15'
        '2025-12-01' || '2025-05-15'
        '2026-05-15' || '2026-05-15'   // effective on its own date
        '2026-05-14' || '2026-01-01'   // the day before, the coding update is in force
        '2026-01-01' || '2026-01-01'
        '2025-12-31' || '2025-05-15'
    }

    def "the same request decided twice gives the same revision and digest"() {
        given: 'one request'
        def request = request().cpt('77387').on('2025-12-01').indication('internal-motion').allDocumentsDated('2025-10-01')

        when: 'it is decided twice'
        def first = decide(request)
        def second = decide(request)

        then: 'both determinations name the same revision and source'
        first.revision() == second.revision()
        first.sourceDigest() == second.sourceDigest()
        first == second
    }

    def "a determination that does not apply still names the guideline and its source"() {
        when: 'a request for a code outside the guideline is decided'
        def determination = decide(request().cpt('77014').on('2026-06-01'))

        then: 'it still says which guideline and source decided it'
        determination.outcome == NOT_APPLICABLE
        determination.guideline() == '04-77260-19'
        determination.revision() == LocalDate.parse('2026-05-15')
        determination.sourceDigest() ==~ /sha256:[0-9a-f]{64}/
    }
}
