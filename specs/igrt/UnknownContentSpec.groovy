package igrt

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

import io.coverkit.kit.GuidelineSpecification
import io.coverkit.kit.RequestBuilder
import java.time.LocalDate

/**
 * The published guideline reveals the position statement only as revised on 05/15/23, and the
 * program exceptions only as updated on 05/01/16. A request whose revision in force is older than
 * that is never decided by today's text as a guess: it comes out REVISION_CONTENT_UNKNOWN.
 */
class UnknownContentSpec extends GuidelineSpecification {

    String getGuidelineId() { '04-77260-19' }

    /** A request for 77387 on {@code dos} that today's guideline would approve: two indications, every document current. */
    private RequestBuilder fullyIndicated(String dos) {
        request().cpt('77387').on(dos)
                .indication('implanted-fiducial-markers', 'internal-motion')
                .allDocumentsDated(LocalDate.parse(dos).minusMonths(2).toString())
    }

    def "a fully indicated, documented 77387 request on 2023-05-14 cannot be decided: the position statement in force is not published"() {
        given: 'a commercial request for 77387 on 2023-05-14 with two indications and every document current'
        def request = fullyIndicated('2023-05-14')

        when: 'it is decided'
        def determination = decide(request)

        then: 'the outcome says the content of the revision in force is unknown, never that it meets medical necessity'
        determination.outcome == REVISION_CONTENT_UNKNOWN
        determination.outcome != MEETS_MEDICAL_NECESSITY

        and: 'the finding names the position statement as the unknown content'
        def unknown = determination.findings(CONTENT_UNKNOWN)
        unknown*.ref == ['unknown-position-statement']
        unknown*.section == ['POSITION STATEMENT']

        and: 'the code is still cited as in scope, under the 2021-03-15 revision in force that day'
        determination.findings(CODE_IN_SCOPE)*.ref == ['77387']
        determination.revision() == LocalDate.parse('2021-03-15')
    }

    def "the same request on 2023-05-15, when the published position statement takes effect, meets medical necessity"() {
        given: 'the same commercial request for 77387, now on 2023-05-15'
        def request = fullyIndicated('2023-05-15')

        when: 'it is decided'
        def determination = decide(request)

        then: 'it meets medical necessity under the 2023-05-15 revision, citing its indications'
        determination.outcome == MEETS_MEDICAL_NECESSITY
        determination.revision() == LocalDate.parse('2023-05-15')
        determination.findings(INDICATION_MET)*.ref as Set == ['implanted-fiducial-markers', 'internal-motion'] as Set
        determination.findings(CONTENT_UNKNOWN).empty
    }

    def "a commercial 77387 request on #dos is unknown for its #section"() {
        when: 'a fully indicated, documented commercial request for 77387 on #dos is decided'
        def determination = decide(fullyIndicated(dos))

        then: 'the earliest unpublished section on the way to a decision is the one named'
        determination.outcome == REVISION_CONTENT_UNKNOWN
        determination.findings(CONTENT_UNKNOWN)*.ref == [ref]
        determination.findings(CONTENT_UNKNOWN)*.section == [section]
        determination.findings(CODE_IN_SCOPE)*.ref == ['77387']
        determination.revision() == LocalDate.parse(revision)

        where:
        dos          | revision     || ref                          | section
        '2015-01-01' | '2015-01-01' || 'unknown-program-exceptions' | 'PROGRAM EXCEPTIONS'
        '2015-06-01' | '2015-05-15' || 'unknown-program-exceptions' | 'PROGRAM EXCEPTIONS'
        '2016-04-30' | '2015-05-15' || 'unknown-program-exceptions' | 'PROGRAM EXCEPTIONS'
        '2016-05-01' | '2016-05-01' || 'unknown-position-statement' | 'POSITION STATEMENT'
        '2019-06-01' | '2019-01-01' || 'unknown-position-statement' | 'POSITION STATEMENT'
        '2023-05-14' | '2021-03-15' || 'unknown-position-statement' | 'POSITION STATEMENT'
    }

    def "an FEP request on 2015-06-01 cannot be decided: the program exceptions in force are not published"() {
        given: 'an FEP request for 77387 on 2015-06-01'
        def request = fullyIndicated('2015-06-01').lineOfBusiness('FEP')

        when: 'it is decided'
        def determination = decide(request)

        then: 'it is not deferred on the strength of the later exception; the exceptions in force are unknown'
        determination.outcome == REVISION_CONTENT_UNKNOWN
        determination.findings(CONTENT_UNKNOWN)*.ref == ['unknown-program-exceptions']
        determination.findings(PROGRAM_EXCEPTION_DEFERS).empty
        determination.revision() == LocalDate.parse('2015-05-15')
    }

    def "an FEP request for 77387 on 2016-05-01, when the program exceptions are published, defers to the program"() {
        given: 'an FEP request for 77387 on 2016-05-01'
        def request = fullyIndicated('2016-05-01').lineOfBusiness('FEP')

        when: 'it is decided'
        def determination = decide(request)

        then: 'the FEP exception of the 2016-05-01 revision decides'
        determination.outcome == DEFER_TO_PROGRAM
        determination.findings(PROGRAM_EXCEPTION_DEFERS)*.ref == ['fep']
        determination.revision() == LocalDate.parse('2016-05-01')
    }

    def "a code not in the list during the unknown period is not applicable, not unknown"() {
        when: 'a fully indicated request for 77387 on 2014-12-31, before 77387 was added, is decided'
        def determination = decide(fullyIndicated('2014-12-31'))

        then: 'the scope check comes first: not applicable, with no unknown content reported'
        determination.outcome == NOT_APPLICABLE
        determination.findings(CONTENT_UNKNOWN).empty
        determination.revision() == LocalDate.parse('2014-05-15')
    }

    def "no request dated #dos, before 2023-05-15, meets medical necessity for a #line member"() {
        when: 'a fully indicated, documented request for 77387 on #dos is decided'
        def determination = decide(fullyIndicated(dos).lineOfBusiness(line))

        then: 'whatever the outcome, it is not MEETS_MEDICAL_NECESSITY'
        determination.outcome != MEETS_MEDICAL_NECESSITY

        where:
        [dos, line] << [['2015-01-01', '2016-05-01', '2018-02-15', '2021-03-15', '2023-05-14'],
                        ['COMMERCIAL', 'MEDICARE_ADVANTAGE', 'MEDICAID']].combinations()
    }
}
