package cpap

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * Items 3, 4 and 7, and C.: a clinical evaluation and a positive attended PSG or Type II, III or IV
 * (at least 3 channels) home sleep test, ordered beforehand by the treating physician and
 * supervised, scored by the NCD's definitions; no other test is sufficient.
 */
class DiagnosisSpec extends CpapSpecification {

    static final List<String> TESTS = ['positive-attended-psg', 'positive-hst-type-ii', 'positive-hst-type-iii', 'positive-hst-type-iv']

    /** A qualifying claim whose only positive test is {@code test} (the other kinds stated negative). */
    def testedBy(String test) {
        def r = qualifying()
        TESTS.each { r.fact(it, it == test) }
        r
    }

    def "a positive #test alone qualifies: #cited"() {
        when:
        def r = testedBy(test)
        if (test == 'positive-hst-type-iv') {
            r.observation('hst-channels', '3')
        }
        def d = decide(r)

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.findings(CRITERION_MET)*.ref.contains(cited)

        where:
        test                    || cited
        'positive-attended-psg' || 'attended-psg'
        'positive-hst-type-ii'  || 'hst-type-ii'
        'positive-hst-type-iii' || 'hst-type-iii'
        'positive-hst-type-iv'  || 'hst-type-iv'
    }

    def "a Type IV home sleep test measuring #channels channels: #outcome"() {
        when:
        def d = decide(testedBy('positive-hst-type-iv').observation('hst-channels', channels))

        then:
        d.outcome == outcome
        d.findings(kind)*.ref.contains('at-least-3-channels')

        where:
        channels || outcome                 | kind
        '3'      || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        '2'      || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
        '4'      || MEETS_MEDICAL_NECESSITY | CRITERION_MET
    }

    def "no test of the four kinds was positive (another test, such as oximetry alone): not covered (C.)"() {
        when:
        def d = decide(testedBy('none'))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET)*.ref.containsAll(['attended-psg', 'hst-type-ii', 'hst-type-iii', 'hst-type-iv'])
    }

    def "a request that names no test kind needs more information"() {
        when:
        def d = decide(index(request().hcpcs('E0601').on('2026-06-01').bornOn('1950-03-01').lineOfBusiness('MEDICARE').noStudies()
                .fact('clinical-evaluation', true).event('treating-physician-test-order', '2026-04-01').event('sleep-test', '2026-04-10')
                .fact('sleep-test-physician-supervised', true).fact('scored-by-ncd-definitions', true)
                .event('cpap-start', '2026-06-01').event('beneficiary-education', '2026-06-01'), '20')
                .observation('recorded-sleep-hours', '6').observation('recorded-events', '120'))

        then:
        d.outcome == NEEDS_MORE_INFORMATION
        d.findings(FACT_UNKNOWN)*.ref.contains('attended-psg')
    }

    def "#fact stated false: not covered"() {
        when:
        def d = decide(qualifying().fact(fact, false))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET)*.ref.contains(clause)
        // the rest of what is not met is b.'s upper bound, which an AHI of 20 exceeds
        (d.findings(CRITERION_NOT_MET)*.ref - clause) as Set == ['ahi-5-to-14', 'rdi-5-to-14'] as Set

        where:
        fact                                       || clause
        'clinical-evaluation'                      || 'clinical-evaluation'
        'sleep-test-physician-supervised'          || 'test-physician-supervised'
        'scored-by-ncd-definitions'                || 'scored-by-ncd-definitions'
    }

    def "the treating physician's order dated #order for the sleep test of 2026-04-10: #outcome"() {
        when:
        def d = decide(index(request().hcpcs('E0601').on('2026-06-01').bornOn('1950-03-01').lineOfBusiness('MEDICARE').noStudies()
                .fact('clinical-evaluation', true).fact('positive-attended-psg', true)
                .event('treating-physician-test-order', order).event('sleep-test', '2026-04-10')
                .fact('sleep-test-physician-supervised', true).fact('scored-by-ncd-definitions', true)
                .event('cpap-start', '2026-06-01').event('beneficiary-education', '2026-06-01'), '20')
                .observation('recorded-sleep-hours', '6').observation('recorded-events', '120'))

        then:
        d.outcome == outcome
        d.findings(kind)*.ref.contains('test-ordered-by-treating-physician')

        where:
        order        || outcome                 | kind
        '2026-04-10' || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        '2026-03-01' || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        '2026-04-11' || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
    }
}
