package ldct

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

import io.coverkit.kit.RequestBuilder

/**
 * Beneficiary eligibility for LDCT lung cancer screening under NCD 210.14, CAG-00439R
 * (2022-02-10: age 50-77, asymptomatic, at least 20 pack-years, current smoker or quit within 15 years)
 * and CAG-00439N (2015-02-05: age 55-74, at least 30 pack-years).
 */
class EligibilitySpec extends LdctSpecification {

    /** An eligible 60-year-old current smoker with 40 pack-years, screened with G0297 on {@code on}. */
    RequestBuilder eligible(String on = '2026-06-01', String born = '1966-01-15') {
        screening(on).bornOn(born)
                .fact('asymptomatic', true).fact('current-smoker', true)
                .observation('packs-per-day', '2').observation('years-smoked', '20')
    }

    /** Same, with no smoking status stated: a former smoker who quit on {@code quit}. */
    RequestBuilder formerSmoker(String quit, String on = '2026-06-01') {
        screening(on).bornOn('1966-01-15')
                .fact('asymptomatic', true).fact('current-smoker', false).event('quit-smoking', quit)
                .observation('packs-per-day', '2').observation('years-smoked', '20')
    }

    def "an eligible member meets every criterion of the 2022 version"() {
        when:
        def d = decide(eligible())

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.findings(CRITERION_NOT_MET).empty
        d.findings(FACT_UNKNOWN)*.ref == ['quit-smoking-within-15-years']  // the other branch of the or, not needed
        d.findings(CRITERION_MET)*.ref.containsAll(['age-50-77', 'asymptomatic', 'pack-years-20', 'current-smoker'])
    }

    def "under the 2022 version a member born #born is #years on 2026-06-01: #outcome"() {
        when:
        def d = decide(eligible('2026-06-01', born))
        def age = d.findings().find { it.ref == 'age-50-77' }

        then:
        d.outcome == outcome
        age.kind == kind
        age.text.contains(because)

        where:
        born         | years || outcome                 | kind              | because
        '1976-06-01' | 50 || MEETS_MEDICAL_NECESSITY | CRITERION_MET     | 'age 50 on 2026-06-01 is within 50 to 77'
        '1976-06-02' | 49 || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET | 'age 49 on 2026-06-01 is under 50'
        '1948-06-02' | 77 || MEETS_MEDICAL_NECESSITY | CRITERION_MET     | 'age 77 on 2026-06-01 is within 50 to 77'
        '1948-06-01' | 78 || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET | 'age 78 on 2026-06-01 is over 77'
    }

    def "under the 2015 version a member born #born is #years on 2020-06-01: #outcome"() {
        when:
        def d = decide(eligible('2020-06-01', born))
        def age = d.findings().find { it.ref == 'age-55-74' }

        then:
        d.outcome == outcome
        age.kind == kind
        age.text.contains(because)
        !d.cites('age-50-77')

        where:
        born         | years || outcome                 | kind              | because
        '1965-06-01' | 55 || MEETS_MEDICAL_NECESSITY | CRITERION_MET     | 'age 55 on 2020-06-01 is within 55 to 74'
        '1965-06-02' | 54 || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET | 'age 54 on 2020-06-01 is under 55'
        '1945-06-02' | 74 || MEETS_MEDICAL_NECESSITY | CRITERION_MET     | 'age 74 on 2020-06-01 is within 55 to 74'
        '1945-06-01' | 75 || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET | 'age 75 on 2020-06-01 is over 74'
    }

    def "under the 2022 version #packs packs a day for #years years (#product pack-years) gives #outcome"() {
        when:
        def d = decide(screening('2026-06-01').bornOn('1966-01-15')
                .fact('asymptomatic', true).fact('current-smoker', true)
                .observation('packs-per-day', packs).observation('years-smoked', years))
        def py = d.findings().find { it.ref == 'pack-years-20' }

        then:
        d.outcome == outcome
        py.kind == kind
        py.text.contains("pack-years $product")

        where:
        packs | years  || product | outcome                 | kind
        '1'   | '20'   || '20'    | MEETS_MEDICAL_NECESSITY | CRITERION_MET
        '1'   | '19.5' || '19.5'  | NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
        '0.5' | '40'   || '20'    | MEETS_MEDICAL_NECESSITY | CRITERION_MET
    }

    def "under the 2015 version #years pack-years gives #outcome"() {
        when:
        def d = decide(screening('2020-06-01').bornOn('1955-01-15')
                .fact('asymptomatic', true).fact('current-smoker', true)
                .observation('packs-per-day', '1').observation('years-smoked', years))
        def py = d.findings().find { it.ref == 'pack-years-30' }

        then:
        d.outcome == outcome
        py.kind == kind
        !d.cites('pack-years-20')

        where:
        years || outcome                 | kind
        '30'  || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        '29'  || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
    }

    def "a former smoker who quit on #quit, for a 2026-06-01 service, #verdict"() {
        when:
        def d = decide(formerSmoker(quit))
        def q = d.findings().find { it.ref == 'quit-smoking-within-15-years' }

        then:
        d.outcome == outcome
        q.kind == kind
        q.text.contains("quit-smoking on $quit")
        q.text.contains('[reading: ')
        q.text.endsWith(']')

        where:
        quit         || outcome                 | kind
        '2011-06-01' || MEETS_MEDICAL_NECESSITY | CRITERION_MET      // exactly 15 years before: inclusive reading
        '2011-05-31' || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET  // 15 years and one day before
        '2020-01-01' || MEETS_MEDICAL_NECESSITY | CRITERION_MET      // well within

        verdict = outcome == MEETS_MEDICAL_NECESSITY ? 'qualifies' : 'does not qualify'
    }

    def "a current smoker qualifies even when a quit more than 15 years ago is also stated"() {
        when:
        def d = decide(eligible().event('quit-smoking', '2000-01-01'))

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.findings().find { it.ref == 'current-smoker' }.kind == CRITERION_MET
        d.findings().find { it.ref == 'quit-smoking-within-15-years' }.kind == CRITERION_NOT_MET
    }

    def "a current smoker qualifies with no quit date stated"() {
        when:
        def d = decide(eligible())

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.findings().find { it.ref == 'quit-smoking-within-15-years' }.kind == FACT_UNKNOWN
    }

    def "a member with signs or symptoms of lung cancer is not eligible"() {
        when:
        def d = decide(eligible().fact('asymptomatic', false))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET)*.ref == ['asymptomatic']
        d.findings(CRITERION_NOT_MET)[0].text.contains('`asymptomatic` is false')
    }

    def "a request that states no #missing needs more information naming #field"() {
        when:
        def d = decide(req)

        then:
        d.outcome == NEEDS_MORE_INFORMATION
        d.findings(CRITERION_NOT_MET)*.ref.every { it == 'current-smoker' }  // only a branch of the or may fail
        d.findings(FACT_UNKNOWN)*.ref.contains(ref)
        d.findings(FACT_UNKNOWN).find { it.ref == ref }.evidence()*.field().contains(field)

        where:
        missing              | ref                            | field               | req
        'birth date'         | 'age-50-77'                    | 'member.birthDate'  | screening('2026-06-01').fact('asymptomatic', true).fact('current-smoker', true).observation('packs-per-day', '2').observation('years-smoked', '20')
        'asymptomatic fact'  | 'asymptomatic'                 | 'facts.asymptomatic'| screening('2026-06-01').bornOn('1966-01-15').fact('current-smoker', true).observation('packs-per-day', '2').observation('years-smoked', '20')
        'packs per day'      | 'pack-years-20'                | 'observations'      | screening('2026-06-01').bornOn('1966-01-15').fact('asymptomatic', true).fact('current-smoker', true).observation('years-smoked', '20')
        'years smoked'       | 'pack-years-20'                | 'observations'      | screening('2026-06-01').bornOn('1966-01-15').fact('asymptomatic', true).fact('current-smoker', true).observation('packs-per-day', '2')
        'smoking status'     | 'quit-smoking-within-15-years' | 'events'            | screening('2026-06-01').bornOn('1966-01-15').fact('asymptomatic', true).observation('packs-per-day', '2').observation('years-smoked', '20')
        'quit date of a former smoker' | 'quit-smoking-within-15-years' | 'events'  | screening('2026-06-01').bornOn('1966-01-15').fact('asymptomatic', true).fact('current-smoker', false).observation('packs-per-day', '2').observation('years-smoked', '20')
    }

    def "with neither smoking status nor quit date stated, both are named as unknown"() {
        when:
        def d = decide(screening('2026-06-01').bornOn('1966-01-15').fact('asymptomatic', true)
                .observation('packs-per-day', '2').observation('years-smoked', '20'))

        then:
        d.outcome == NEEDS_MORE_INFORMATION
        d.findings(FACT_UNKNOWN)*.ref as Set == ['current-smoker', 'quit-smoking-within-15-years'] as Set
        d.findings(FACT_UNKNOWN).find { it.ref == 'current-smoker' }.evidence()*.field() == ['facts.current-smoker']
    }

    def "a stated-false fact decides not medically necessary even when #missing is missing"() {
        when:
        def d = decide(req)

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET)*.ref == [failed]
        !d.findings(FACT_UNKNOWN).empty

        where:
        missing        | failed          | req
        'birth date'   | 'asymptomatic'  | screening('2026-06-01').fact('asymptomatic', false).fact('current-smoker', true).observation('packs-per-day', '2').observation('years-smoked', '20')
        'pack-years'   | 'asymptomatic'  | screening('2026-06-01').bornOn('1966-01-15').fact('asymptomatic', false).fact('current-smoker', true)
        'asymptomatic' | 'age-50-77'     | screening('2026-06-01').bornOn('1990-01-15').fact('current-smoker', true).observation('packs-per-day', '2').observation('years-smoked', '20')
    }

    def "a former smoker who quit too long ago is not eligible even when asymptomatic is not stated"() {
        when:
        def d = decide(screening('2026-06-01').bornOn('1966-01-15')
                .fact('current-smoker', false).event('quit-smoking', '2000-01-01')
                .observation('packs-per-day', '2').observation('years-smoked', '20'))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(FACT_UNKNOWN)*.ref == ['asymptomatic']
    }
}
