package ldct

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*
import static io.coverkit.determination.RevisionBasis.*

import io.coverkit.kit.RequestBuilder
import java.time.LocalDate

/** The two versions of NCD 210.14, codes in scope, and dates before the original decision. */
class VersionsSpec extends LdctSpecification {

    /** A 52-year-old (on 2015-06-01 and 2022-06-01) asymptomatic current smoker with 25 pack-years. */
    RequestBuilder fiftyTwo(String on, String born) {
        screening(on).bornOn(born)
                .fact('asymptomatic', true).fact('current-smoker', true)
                .observation('packs-per-day', '1').observation('years-smoked', '25')
    }

    def "the guideline has the two revisions 2015-02-05 and 2022-02-10"() {
        expect:
        revisions == ['2015-02-05', '2022-02-10']
    }

    def "a 52-year-old with 25 pack-years is not eligible under the 2015 version: too young and too few pack-years"() {
        when:
        def d = decide(fiftyTwo('2015-06-01', '1963-01-15'))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.revision() == LocalDate.parse('2015-02-05')
        d.findings(CRITERION_NOT_MET)*.ref as Set == ['age-55-74', 'pack-years-30'] as Set
        d.findings().find { it.ref == 'age-55-74' }.text.contains('age 52 on 2015-06-01 is under 55')
    }

    def "a 52-year-old with 25 pack-years meets the 2022 version"() {
        when:
        def d = decide(fiftyTwo('2022-06-01', '1970-01-15'))

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.revision() == LocalDate.parse('2022-02-10')
        d.findings(CRITERION_MET)*.ref.containsAll(['age-50-77', 'pack-years-20'])
        !d.cites('age-55-74')
        !d.cites('pack-years-30')
    }

    def "the same 2022-06-01 request for a 52-year-old decided as of #asOf is decided under #revision: #outcome"() {
        when:
        def d = decideAsOf(fiftyTwo('2022-06-01', '1970-01-15'), asOf)

        then:
        d.outcome == outcome
        d.revision() == LocalDate.parse(revision)
        d.revisionBasis() == AS_OF

        where:
        asOf         || revision     | outcome
        '2015-06-01' || '2015-02-05' | NOT_MEDICALLY_NECESSARY
        '2022-02-09' || '2015-02-05' | NOT_MEDICALLY_NECESSARY
        '2022-02-10' || '2022-02-10' | MEETS_MEDICAL_NECESSITY
        '2022-06-01' || '2022-02-10' | MEETS_MEDICAL_NECESSITY
    }

    def "a date of service of #on is decided under the #revision revision"() {
        when:
        def d = decide(fiftyTwo(on, '1960-01-15'))

        then:
        d.revision() == LocalDate.parse(revision)
        d.revisionBasis() == DATE_OF_SERVICE

        where:
        on           || revision
        '2015-02-05' || '2015-02-05'
        '2022-02-09' || '2015-02-05'
        '2022-02-10' || '2022-02-10'
    }

    def "#system #code is in scope"() {
        when:
        def d = decide(req)

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.findings(CODE_IN_SCOPE)*.ref == [code]

        where:
        system  | code    | req
        'HCPCS' | 'G0297' | screening('2026-06-01').bornOn('1966-01-15').fact('asymptomatic', true).fact('current-smoker', true).observation('packs-per-day', '1').observation('years-smoked', '30')
        'CPT'   | '71271' | screening('2026-06-01', 'CPT', '71271').bornOn('1966-01-15').fact('asymptomatic', true).fact('current-smoker', true).observation('packs-per-day', '1').observation('years-smoked', '30')
    }

    def "a code outside the guideline (CPT 71250, diagnostic chest CT) is not applicable"() {
        when:
        def d = decide(screening('2026-06-01', 'CPT', '71250').bornOn('1966-01-15').fact('asymptomatic', true)
                .fact('current-smoker', true).observation('packs-per-day', '1').observation('years-smoked', '30'))

        then:
        d.outcome == NOT_APPLICABLE
        d.findings(CODE_IN_SCOPE).empty
        d.findings(NO_CODE_IN_SCOPE).size() == 1
    }

    def "a service on 2015-02-04, the day before the original decision, is not applicable"() {
        when:
        def d = decide(screening('2015-02-04').bornOn('1950-01-15').fact('asymptomatic', true)
                .fact('current-smoker', true).observation('packs-per-day', '2').observation('years-smoked', '30'))

        then:
        d.outcome == NOT_APPLICABLE
        d.findings(BEFORE_ORIGINAL_EFFECTIVE_DATE).size() == 1
        d.revision() == null
    }

    def "a service on 2015-02-05, the original effective date, is decided under the 2015 version"() {
        when:
        def d = decide(screening('2015-02-05').bornOn('1950-01-15').fact('asymptomatic', true)
                .fact('current-smoker', true).observation('packs-per-day', '2').observation('years-smoked', '30'))

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.revision() == LocalDate.parse('2015-02-05')
    }

    def "a request decided as of 2014-12-31 is not applicable"() {
        when:
        def d = decideAsOf(fiftyTwo('2022-06-01', '1970-01-15'), '2014-12-31')

        then:
        d.outcome == NOT_APPLICABLE
        d.findings(BEFORE_ORIGINAL_EFFECTIVE_DATE).size() == 1
    }
}
