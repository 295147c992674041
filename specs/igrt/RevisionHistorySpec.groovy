package igrt

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

import io.coverkit.kit.GuidelineSpecification
import java.time.LocalDate

/**
 * GUIDELINE UPDATE INFORMATION through time: each dated code change, seen the day before and the
 * day it took effect, and every modeled revision deciding the requests dated on its own day.
 */
class RevisionHistorySpec extends GuidelineSpecification {

    // A method rather than a field, so that `where:` tables (run before any feature) can use it too.
    String getGuidelineId() { '04-77260-19' }

    def "#system #code is in the code list on #dos"() {
        given: 'a request for #system #code on #dos with an indication and every document dated that day'
        def request = (system == 'CPT' ? request().cpt(code) : request().hcpcs(code)).on(dos)
                .indication('implanted-fiducial-markers').allDocumentsDated(dos)

        when: 'it is decided'
        def determination = decide(request)

        then: 'the guideline applies, cites the code as in scope, and decides under the revision in force that day'
        determination.outcome != NOT_APPLICABLE
        determination.findings(CODE_IN_SCOPE)*.ref == [code]
        determination.findings(NO_CODE_IN_SCOPE).empty
        determination.outcome == outcome
        determination.revision() == LocalDate.parse(revision)

        where:
        system  | code    | dos          | revision     || outcome
        // deleted 01/01/26: still listed the day before, under a published position statement
        'HCPCS' | 'G6001' | '2025-12-31' | '2025-05-15' || MEETS_MEDICAL_NECESSITY
        'HCPCS' | 'G6002' | '2025-12-31' | '2025-05-15' || MEETS_MEDICAL_NECESSITY
        'HCPCS' | 'G6017' | '2025-12-31' | '2025-05-15' || MEETS_MEDICAL_NECESSITY
        'CPT'   | '77014' | '2025-12-31' | '2025-05-15' || MEETS_MEDICAL_NECESSITY
        // deleted 01/01/15: still listed the day before; that revision's content is not published
        'CPT'   | '0197T' | '2014-12-31' | '2014-05-15' || REVISION_CONTENT_UNKNOWN
        'CPT'   | '76050' | '2014-12-31' | '2014-05-15' || REVISION_CONTENT_UNKNOWN
        'CPT'   | '77421' | '2014-12-31' | '2014-05-15' || REVISION_CONTENT_UNKNOWN
        // added 01/01/15: listed from that day
        'CPT'   | '77387' | '2015-01-01' | '2015-01-01' || REVISION_CONTENT_UNKNOWN
        'HCPCS' | 'G6001' | '2015-01-01' | '2015-01-01' || REVISION_CONTENT_UNKNOWN
        'HCPCS' | 'G6002' | '2015-01-01' | '2015-01-01' || REVISION_CONTENT_UNKNOWN
        'HCPCS' | 'G6017' | '2015-01-01' | '2015-01-01' || REVISION_CONTENT_UNKNOWN
        // deleted 05/01/16: still listed the day before
        'CPT'   | '32553' | '2016-04-30' | '2015-05-15' || REVISION_CONTENT_UNKNOWN
        'CPT'   | '49411' | '2016-04-30' | '2015-05-15' || REVISION_CONTENT_UNKNOWN
        'CPT'   | '55876' | '2016-04-30' | '2015-05-15' || REVISION_CONTENT_UNKNOWN
        // the original effective date itself
        'CPT'   | '77421' | '2010-02-15' | '2010-02-15' || REVISION_CONTENT_UNKNOWN
    }

    def "#system #code is not in the code list on #dos, so the guideline does not apply"() {
        given: 'a request for #system #code on #dos with an indication and every document dated that day'
        def request = (system == 'CPT' ? request().cpt(code) : request().hcpcs(code)).on(dos)
                .indication('implanted-fiducial-markers').allDocumentsDated(dos)

        when: 'it is decided'
        def determination = decide(request)

        then: 'it is not applicable under the revision in force that day, and no code is cited as in scope'
        determination.outcome == NOT_APPLICABLE
        determination.findings(NO_CODE_IN_SCOPE).size() == 1
        determination.findings(CODE_IN_SCOPE).empty
        determination.findings(CONTENT_UNKNOWN).empty
        determination.revision() == LocalDate.parse(revision)

        where:
        system  | code    | dos          | revision
        // deleted 01/01/26
        'HCPCS' | 'G6001' | '2026-01-01' | '2026-01-01'
        'HCPCS' | 'G6002' | '2026-01-01' | '2026-01-01'
        'HCPCS' | 'G6017' | '2026-01-01' | '2026-01-01'
        'CPT'   | '77014' | '2026-01-01' | '2026-01-01'
        // deleted 01/01/15
        'CPT'   | '0197T' | '2015-01-01' | '2015-01-01'
        'CPT'   | '76050' | '2015-01-01' | '2015-01-01'
        'CPT'   | '77421' | '2015-01-01' | '2015-01-01'
        // added 01/01/15: not yet listed the day before
        'CPT'   | '77387' | '2014-12-31' | '2014-05-15'
        'HCPCS' | 'G6001' | '2014-12-31' | '2014-05-15'
        'HCPCS' | 'G6002' | '2014-12-31' | '2014-05-15'
        'HCPCS' | 'G6017' | '2014-12-31' | '2014-05-15'
        // deleted 05/01/16
        'CPT'   | '32553' | '2016-05-01' | '2016-05-01'
        'CPT'   | '49411' | '2016-05-01' | '2016-05-01'
        'CPT'   | '55876' | '2016-05-01' | '2016-05-01'
    }

    def "#system #code on #dos, before the original effective date of 2010-02-15, is not applicable"() {
        given: 'a request for #system #code, a code the first revision lists, on #dos'
        def request = (system == 'CPT' ? request().cpt(code) : request().hcpcs(code)).on(dos)
                .indication('implanted-fiducial-markers').allDocumentsDated(dos)

        when: 'it is decided'
        def determination = decide(request)

        then: 'the guideline did not yet exist: no revision was in force and no code is in scope'
        determination.outcome == NOT_APPLICABLE
        determination.findings(BEFORE_ORIGINAL_EFFECTIVE_DATE).size() == 1
        determination.findings(CODE_IN_SCOPE).empty
        determination.revision() == null

        where:
        system | code    | dos
        'CPT'  | '77421' | '2010-02-14'
        'CPT'  | '77014' | '2010-02-14'
        'CPT'  | '0197T' | '2009-07-01'
    }

    def "the modeled revisions are exactly the dates of the guideline update information"() {
        expect: 'one revision per dated update entry, oldest first'
        revisions == ['2010-02-15', '2011-01-01', '2011-02-15', '2011-10-01', '2014-05-15', '2015-01-01',
                      '2015-05-15', '2016-05-01', '2016-11-15', '2017-10-15', '2018-02-15', '2019-01-01',
                      '2021-03-15', '2023-05-15', '2024-05-15', '2025-05-15', '2026-01-01', '2026-05-15']
    }

    def "a 77387 request dated #revision is decided under the revision of #revision"() {
        given: 'a request for CPT 77387 dated the revision day, indicated, with every document dated that day'
        def request = request().cpt('77387').on(revision)
                .indication('implanted-fiducial-markers').allDocumentsDated(revision)

        when: 'it is decided'
        def determination = decide(request)

        then: 'the revision in force is the one effective that very day'
        determination.revision() == LocalDate.parse(revision)
        determination.revisionDate() == LocalDate.parse(revision)

        and: 'it meets medical necessity only once the position statement in force is published (2023-05-15)'
        (determination.outcome == MEETS_MEDICAL_NECESSITY) == positionStatementPublished

        where:
        revision << revisions
        positionStatementPublished = !LocalDate.parse(revision).isBefore(LocalDate.parse('2023-05-15'))
    }
}
