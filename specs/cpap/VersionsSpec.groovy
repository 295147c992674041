package cpap

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*
import static io.coverkit.determination.RevisionBasis.*

import java.time.LocalDate

/**
 * The NCD's versions: coverage since 01/12/1987, version 1 from 04/01/2002, version 2 from
 * 04/04/2005, version 3 from 03/13/2008 (re-issued 08/2008 and 10/2008 without change to the NCD).
 * Only version 3's text is published: a request decided under an earlier one is never decided by it.
 */
class VersionsSpec extends CpapSpecification {

    def "the revisions are the revision history's entries, each effective when its text says"() {
        expect:
        guideline.revisions()*.number() == ['TN 12', 'TN 15', 'TN 150', 'TN 35', 'TN 91', 'TN 94', 'TN 96']
        guideline.revisions()*.date()*.toString() == ['1986-12-01', '1987-06-01', '2001-12-01', '2005-05-01', '2008-07-25', '2008-08-29', '2008-10-15']
        revisions.unique() == ['1987-01-12', '2002-04-01', '2005-04-04', '2008-03-13']
    }

    def "a qualifying claim dated #on is decided under the revision effective #revision: #outcome"() {
        when:
        def d = decide(qualifying(on))

        then:
        d.outcome == outcome
        d.revisionBasis() == DATE_OF_SERVICE
        revision == null ? d.revision() == null : d.revision() == LocalDate.parse(revision)

        where:
        on           || revision     | outcome
        '1987-01-11' || null         | NOT_APPLICABLE
        '1987-01-12' || '1987-01-12' | REVISION_CONTENT_UNKNOWN
        '2002-03-31' || '1987-01-12' | REVISION_CONTENT_UNKNOWN
        '2002-04-01' || '2002-04-01' | REVISION_CONTENT_UNKNOWN
        '2005-04-03' || '2002-04-01' | REVISION_CONTENT_UNKNOWN
        '2005-04-04' || '2005-04-04' | REVISION_CONTENT_UNKNOWN
        '2008-03-12' || '2005-04-04' | REVISION_CONTENT_UNKNOWN
        '2008-03-13' || '2008-03-13' | MEETS_MEDICAL_NECESSITY
        '2008-08-29' || '2008-03-13' | MEETS_MEDICAL_NECESSITY
        '2008-10-15' || '2008-03-13' | MEETS_MEDICAL_NECESSITY
        '2026-06-01' || '2008-03-13' | MEETS_MEDICAL_NECESSITY
    }

    def "a claim under version #version names that version's unknown content, never version 3's criteria"() {
        when:
        def d = decide(qualifying(on))

        then:
        d.outcome == REVISION_CONTENT_UNKNOWN
        d.findings(CONTENT_UNKNOWN)*.text.any { it.contains(reason) }
        !d.cites('ahi-at-least-15')

        where:
        version | on           || reason
        0       | '1990-01-01' || 'coverage in force from 01/12/1987'
        1       | '2003-01-01' || 'version 1 (04/01/2002 - 04/04/2005)'
        2       | '2006-01-01' || 'version 2 (04/04/2005 - 03/13/2008)'
    }

    def "a member of #line is not in the NCD's scope"() {
        when:
        def d = decide(qualifying().lineOfBusiness(line))

        then:
        d.outcome == NOT_APPLICABLE
        d.findings(LINE_OF_BUSINESS_NOT_IN_SCOPE).size() == 1

        where:
        line << ['COMMERCIAL', 'MEDICARE_ADVANTAGE']
    }

    def "a claim dated 2008-06-01 and reviewed as of #asOf is decided under #revision: #outcome"() {
        when:
        def d = decideAsOf(qualifying('2008-06-01'), asOf)

        then:
        d.outcome == outcome
        d.revision() == LocalDate.parse(revision)
        d.revisionBasis() == AS_OF

        where:
        asOf         || revision     | outcome
        '2008-03-12' || '2005-04-04' | REVISION_CONTENT_UNKNOWN
        '2008-03-13' || '2008-03-13' | MEETS_MEDICAL_NECESSITY
        '2008-10-15' || '2008-03-13' | MEETS_MEDICAL_NECESSITY
    }

    def "HCPCS #code is #scope"() {
        when:
        def d = decide(request().hcpcs(code).on('2026-06-01').bornOn('1950-03-01').lineOfBusiness('MEDICARE'))

        then:
        d.outcome == outcome

        where:
        code    || scope          | outcome
        'E0601' || 'in scope'     | NEEDS_MORE_INFORMATION
        'E0470' || 'out of scope' | NOT_APPLICABLE
    }

    def "an adult who does not meet 1-7 (AHI #ahi, no symptom) enrolled in #studies: #outcome"() {
        when:
        def base = index(diagnosed('2026-06-01', born), ahi).observation('recorded-sleep-hours', '6').observation('recorded-events', '60')
        ['excessive-daytime-sleepiness', 'impaired-cognition', 'mood-disorder', 'insomnia', 'hypertension',
         'ischemic-heart-disease', 'history-of-stroke'].each { base.fact(it, false) }
        if (studies == 'a CED study') {
            base.study('NCT00000000', 'CED')
        }
        def d = decide(base)

        then:
        d.outcome == outcome

        where:
        ahi | born         | studies       || outcome
        '4' | '1950-03-01' | 'a CED study' || COVERED_UNDER_STUDY
        '4' | '1950-03-01' | 'no study'    || NOT_MEDICALLY_NECESSARY
        '4' | '2008-06-02' | 'a CED study' || NOT_MEDICALLY_NECESSARY
        '20'| '1950-03-01' | 'a CED study' || MEETS_MEDICAL_NECESSITY
    }
}
