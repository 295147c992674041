package pap

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

import java.time.LocalDate

/** The LCD's codes, its original effective date, and its revisions: decided from R8 (2021-08-08), unknown before. */
class VersionsSpec extends PapSpecification {

    def "the update history holds the revisions of the revision history table"() {
        expect:
        revisions == ['2015-10-01', '2016-07-01', '2017-01-01', '2019-01-01', '2020-01-01', '2021-08-08', '2021-09-27', '2024-01-01']
    }

    def "a claim on #on falls under revision #revision: #outcome"() {
        given: 'a claim meeting the initial coverage criteria, therapy started on the date of service'
        def r = qualified(on, 'E0601', ['pap-start'], LocalDate.parse(on).minusDays(30).toString()).event('pap-start', on)

        when:
        def d = decide(r)

        then:
        d.outcome == outcome
        d.revision() == (revision == null ? null : LocalDate.parse(revision))

        where:
        on           || revision     | outcome
        '2015-09-30' || null         | NOT_APPLICABLE
        '2015-10-01' || '2015-10-01' | REVISION_CONTENT_UNKNOWN
        '2016-07-01' || '2016-07-01' | REVISION_CONTENT_UNKNOWN
        '2017-01-01' || '2017-01-01' | REVISION_CONTENT_UNKNOWN
        '2019-01-01' || '2019-01-01' | REVISION_CONTENT_UNKNOWN
        '2020-01-01' || '2020-01-01' | REVISION_CONTENT_UNKNOWN
        '2021-08-07' || '2020-01-01' | REVISION_CONTENT_UNKNOWN
        '2021-08-08' || '2021-08-08' | MEETS_MEDICAL_NECESSITY
        '2021-09-27' || '2021-09-27' | MEETS_MEDICAL_NECESSITY
        '2023-12-31' || '2021-09-27' | MEETS_MEDICAL_NECESSITY
        '2024-01-01' || '2024-01-01' | MEETS_MEDICAL_NECESSITY
        '2026-06-01' || '2024-01-01' | MEETS_MEDICAL_NECESSITY
    }

    def "#code is in scope of the LCD"() {
        expect:
        decide(qualified('2024-03-15', code)).findings(CODE_IN_SCOPE)*.ref.any { it.endsWith(code) }

        where:
        code << ['E0470', 'E0471', 'E0601', 'A4604', 'A7027', 'A7028', 'A7029', 'A7030', 'A7031', 'A7032', 'A7033',
                 'A7034', 'A7035', 'A7036', 'A7037', 'A7038', 'A7039', 'A7044', 'A7045', 'A7046', 'E0561', 'E0562']
    }

    def "a member of another line of business than Traditional Medicare is not decided by the LCD: #line"() {
        expect:
        decide(qualified('2024-03-15').lineOfBusiness(line)).outcome == NOT_APPLICABLE

        where:
        line << ['COMMERCIAL', 'MEDICARE_ADVANTAGE', 'MEDICAID']
    }

    def "a code the LCD does not list is not applicable"() {
        expect:
        decide(qualified('2024-03-15', 'A9279')).outcome == NOT_APPLICABLE
    }
}
