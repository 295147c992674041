package cpap

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * Item 5: an AHI or RDI of at least 15 events per hour, or of 5 to 14 with a documented symptom or
 * condition; item 6: an index calculated on less than 2 hours of continuous recorded sleep needs
 * at least the events a 2-hour period would (30 at 15 per hour, 10 at 5 per hour).
 */
class ThresholdsSpec extends CpapSpecification {

    def "an AHI of #ahi with no symptom or condition documented: #outcome"() {
        when:
        def d = decide(index(diagnosed(), ahi).observation('recorded-sleep-hours', '6')
                .observation('recorded-events', '100')
                .fact('excessive-daytime-sleepiness', false).fact('impaired-cognition', false).fact('mood-disorder', false)
                .fact('insomnia', false).fact('hypertension', false).fact('ischemic-heart-disease', false)
                .fact('history-of-stroke', false))

        then:
        d.outcome == outcome
        d.findings(met ? CRITERION_MET : CRITERION_NOT_MET)*.ref.contains('ahi-at-least-15')

        where:
        ahi    || outcome                 | met
        '15'   || MEETS_MEDICAL_NECESSITY | true
        '14.9' || NOT_MEDICALLY_NECESSARY | false
        '14'   || NOT_MEDICALLY_NECESSARY | false
        '80'   || MEETS_MEDICAL_NECESSITY | true
    }

    def "an AHI of #ahi with documented #symptom: #outcome"() {
        when:
        def d = decide(index(diagnosed(), ahi).observation('recorded-sleep-hours', '6')
                .observation('recorded-events', '60').fact(symptom, true))

        then:
        d.outcome == outcome

        where:
        ahi    | symptom                        || outcome
        '5'    | 'excessive-daytime-sleepiness' || MEETS_MEDICAL_NECESSITY
        '4.9'  | 'excessive-daytime-sleepiness' || NOT_MEDICALLY_NECESSARY
        '4'    | 'impaired-cognition'           || NOT_MEDICALLY_NECESSARY
        '14'   | 'impaired-cognition'           || MEETS_MEDICAL_NECESSITY
        '14.5' | 'mood-disorder'                || MEETS_MEDICAL_NECESSITY
        '9'    | 'insomnia'                     || MEETS_MEDICAL_NECESSITY
        '9'    | 'hypertension'                 || MEETS_MEDICAL_NECESSITY
        '9'    | 'ischemic-heart-disease'       || MEETS_MEDICAL_NECESSITY
        '9'    | 'history-of-stroke'            || MEETS_MEDICAL_NECESSITY
    }

    def "an AHI of 14.5 sits under b.: with no documented symptom it is not enough, and the reading says why"() {
        when:
        def d = decide(index(diagnosed(), '14.5').observation('recorded-sleep-hours', '6')
                .observation('recorded-events', '87')
                .fact('excessive-daytime-sleepiness', false).fact('impaired-cognition', false).fact('mood-disorder', false)
                .fact('insomnia', false).fact('hypertension', false).fact('ischemic-heart-disease', false)
                .fact('history-of-stroke', false))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_MET)*.ref.contains('ahi-5-to-14')
        d.findings().find { it.ref == 'ahi-5-to-14' }.text.contains('less than or equal to 14" is read as below 15')
    }

    def "an AHI of 9 with no symptom or condition stated needs more information"() {
        when:
        def d = decide(index(diagnosed(), '9').observation('recorded-sleep-hours', '6').observation('recorded-events', '54'))

        then:
        d.outcome == NEEDS_MORE_INFORMATION
        d.findings(FACT_UNKNOWN)*.ref.containsAll(['excessive-daytime-sleepiness', 'history-of-stroke'])
    }

    def "an RDI of #rdi (AHI 4) with #symptoms: #outcome"() {
        when:
        def r = diagnosed().observation('ahi', '4').observation('rdi', rdi).observation('recorded-sleep-hours', '6').observation('recorded-events', '100')
        symptoms.each { r.fact(it, true) }
        def d = decide(r)

        then:
        d.outcome == outcome
        d.cites(cited)

        where:
        rdi    | symptoms     || outcome                 | cited
        '15'   | []           || MEETS_MEDICAL_NECESSITY | 'rdi-at-least-15'
        '5'    | ['insomnia'] || MEETS_MEDICAL_NECESSITY | 'rdi-5-to-14'
        '14.9' | ['insomnia'] || MEETS_MEDICAL_NECESSITY | 'rdi-5-to-14'
        '4.9'  | ['insomnia'] || NOT_MEDICALLY_NECESSARY | 'rdi-5-to-14'
    }

    def "an AHI of 12 with no RDI and no symptom stated needs more information: the RDI might be 15"() {
        when:
        def d = decide(diagnosed().observation('ahi', '12').observation('recorded-sleep-hours', '6').observation('recorded-events', '72'))

        then:
        d.outcome == NEEDS_MORE_INFORMATION
        d.findings(FACT_UNKNOWN)*.ref.contains('rdi-at-least-15')
        d.findings(CRITERION_NOT_MET)*.ref.contains('ahi-at-least-15')
    }

    def "an index stated by neither AHI nor RDI needs more information"() {
        expect:
        decide(diagnosed().observation('recorded-sleep-hours', '6').observation('recorded-events', '100')).outcome == NEEDS_MORE_INFORMATION
    }

    def "an AHI of 15 from #hours hours of sleep and #events events: #outcome"() {
        when:
        def d = decide(index(diagnosed(), '15').observation('recorded-sleep-hours', hours)
                .observation('recorded-events', events))

        then:
        d.outcome == outcome

        where:
        hours | events || outcome
        '2'   | '30'   || MEETS_MEDICAL_NECESSITY
        '1.9' | '30'   || MEETS_MEDICAL_NECESSITY
        '1.9' | '29'   || NOT_MEDICALLY_NECESSARY
        '1'   | '15'   || NOT_MEDICALLY_NECESSARY
        '2'   | '29'   || MEETS_MEDICAL_NECESSITY
    }

    def "an AHI of 9 with hypertension from #hours hours of sleep and #events events: #outcome"() {
        when:
        def d = decide(index(diagnosed(), '9').fact('hypertension', true)
                .observation('recorded-sleep-hours', hours).observation('recorded-events', events))

        then:
        d.outcome == outcome
        d.findings(kind)*.ref.contains('ten-events-under-two-hours')

        where:
        hours | events || outcome                 | kind
        '1.5' | '10'   || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        '1.5' | '9'    || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
        '2'   | '9'    || MEETS_MEDICAL_NECESSITY | CRITERION_NOT_MET
    }

    def "an AHI of 20 with no sleep time stated is not decided without it"() {
        expect:
        decide(index(diagnosed(), '20').observation('recorded-events', '25')).outcome == NEEDS_MORE_INFORMATION
    }
}
