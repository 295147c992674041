package oxygen

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*
import static io.coverkit.determination.RevisionBasis.*

import java.time.LocalDate

/**
 * The LCD's revisions R1-R11: only R11's text (effective 04/01/2023) is stored, so a claim decided
 * under an earlier revision is told its content is unknown; the codes of both HCPCS groups are in scope.
 */
class VersionsSpec extends OxygenSpecification {

    def "the revisions are R1 to R11, dated as the history prints them"() {
        expect:
        guideline.revisions()*.number() == (1..11).collect { "R$it" }
        revisions.unique() == ['2015-10-01', '2016-07-01', '2017-01-01', '2018-04-01', '2018-08-01', '2019-01-01', '2020-08-02',
                               '2023-01-01', '2023-04-01']
    }

    def "a member of #line is not in the LCD's scope"() {
        when:
        def d = decide(groupOne().lineOfBusiness(line))

        then:
        d.outcome == NOT_APPLICABLE
        d.findings(LINE_OF_BUSINESS_NOT_IN_SCOPE).size() == 1

        where:
        line << ['COMMERCIAL', 'MEDICAID']
    }

    def "a Group I claim dated #on is decided under #revision: #outcome"() {
        when:
        def d = decide(groupOne(on))

        then:
        d.outcome == outcome
        d.revisionBasis() == DATE_OF_SERVICE
        revision == null ? d.revision() == null : d.revision() == LocalDate.parse(revision)

        where:
        on           || revision     | outcome
        '2015-09-30' || null         | NOT_APPLICABLE
        '2015-10-01' || '2015-10-01' | REVISION_CONTENT_UNKNOWN
        '2020-08-02' || '2020-08-02' | REVISION_CONTENT_UNKNOWN
        '2023-01-01' || '2023-01-01' | REVISION_CONTENT_UNKNOWN
        '2023-03-31' || '2023-01-01' | REVISION_CONTENT_UNKNOWN
        '2023-04-01' || '2023-04-01' | MEETS_MEDICAL_NECESSITY
        '2026-06-01' || '2023-04-01' | MEETS_MEDICAL_NECESSITY
    }

    def "a claim under R9 names the unknown content"() {
        when:
        def d = decide(groupOne('2023-02-01'))

        then:
        d.findings(CONTENT_UNKNOWN)*.text.any { it.contains('R1-R10') }
        !d.cites('group-1-po2-at-rest')
    }

    def "HCPCS #code: #outcome"() {
        expect:
        decide(groupOne('2026-06-01', code)).outcome == outcome

        where:
        code    || outcome
        'E1390' || MEETS_MEDICAL_NECESSITY
        'K0738' || MEETS_MEDICAL_NECESSITY
        'A4615' || MEETS_MEDICAL_NECESSITY
        'E1358' || MEETS_MEDICAL_NECESSITY
        'E0601' || NOT_APPLICABLE
    }

    def "HCPCS #code of either group is in scope"() {
        when:
        def d = decide(groupOne('2026-06-01', code))

        then:
        d.findings(CODE_IN_SCOPE)*.ref == [code]
        d.outcome != NOT_APPLICABLE

        where:
        code << ['E0424', 'E0425', 'E0430', 'E0431', 'E0433', 'E0434', 'E0435', 'E0439', 'E0440', 'E0441', 'E0442', 'E0443', 'E0444', 'E0445', 'E0446', 'E0447', 'E1390', 'E1391', 'E1392', 'E1405', 'E1406', 'K0738', 'A4575', 'A4606', 'A4608', 'A4615', 'A4616', 'A4617', 'A4619', 'A4620', 'A7525', 'A9900', 'E0455', 'E0555', 'E0580', 'E1352', 'E1353', 'E1354', 'E1355', 'E1356', 'E1357', 'E1358']
    }
}
