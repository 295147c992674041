package pap

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/** Initial coverage (the first three months): criteria A-C of an E0601, the AHI/RDI bands, the sleep test requirements. */
class InitialCoverageSpec extends PapSpecification {

    def "an E0601 claim in the first month that meets criteria A-C and the sleep test requirements is covered"() {
        when:
        def d = decide(qualified('2024-03-15'))

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.findings(CRITERION_MET)*.ref.containsAll(['in-person-evaluation-before-sleep-test', 'ahi-rdi-15-or-more',
                'events-30-or-more', 'supplier-instruction', 'valid-sleep-test', 'within-first-three-months', 'diagnosis-osa'])
        d.findings().find { it.ref == 'supplier-instruction' }.section == 'INITIAL COVERAGE:'
    }

    def "AHI/RDI #ahi with #events events and symptoms #symptom: #outcome"() {
        given:
        def r = qualified('2024-03-15', 'E0601', ['ahi-rdi', 'events']).observation('ahi-rdi', ahi).observation('sleep-test-events', events)
        ['excessive-daytime-sleepiness', 'impaired-cognition', 'mood-disorder', 'insomnia', 'hypertension',
         'ischemic-heart-disease', 'history-of-stroke'].each { r.fact(it, it == symptom) }

        expect:
        decide(r).outcome == outcome

        where:
        ahi  | events | symptom                        || outcome
        '15' | '30'   | 'none'                         || MEETS_MEDICAL_NECESSITY
        '15' | '29'   | 'none'                         || NOT_MEDICALLY_NECESSARY
        '14' | '30'   | 'none'                         || NOT_MEDICALLY_NECESSARY
        '14.9' | '30' | 'none'                         || NOT_MEDICALLY_NECESSARY
        '14.5' | '10' | 'mood-disorder'                || MEETS_MEDICAL_NECESSITY
        '4.9' | '10'  | 'hypertension'                 || NOT_MEDICALLY_NECESSARY
        '14' | '10'   | 'excessive-daytime-sleepiness' || MEETS_MEDICAL_NECESSITY
        '14' | '9'    | 'insomnia'                     || NOT_MEDICALLY_NECESSARY
        '5'  | '10'   | 'hypertension'                 || MEETS_MEDICAL_NECESSITY
        '5'  | '10'   | 'history-of-stroke'            || MEETS_MEDICAL_NECESSITY
        '5'  | '10'   | 'impaired-cognition'           || MEETS_MEDICAL_NECESSITY
        '5'  | '10'   | 'mood-disorder'                || MEETS_MEDICAL_NECESSITY
        '5'  | '10'   | 'ischemic-heart-disease'       || MEETS_MEDICAL_NECESSITY
        '4'  | '10'   | 'hypertension'                 || NOT_MEDICALLY_NECESSARY
        '60' | '200'  | 'none'                         || MEETS_MEDICAL_NECESSITY
    }

    def "AHI/RDI between 5 and 14 without a stated symptom needs more information"() {
        expect:
        decide(qualified('2024-03-15', 'E0601', ['ahi-rdi', 'events']).observation('ahi-rdi', '10').observation('sleep-test-events', '20'))
                .outcome == NEEDS_MORE_INFORMATION
    }

    def "the in-person evaluation #when the sleep test: #outcome"() {
        expect:
        decide(qualified('2024-03-15', 'E0601', ['in-person-evaluation']).event('in-person-evaluation', evaluated)).outcome == outcome

        where:
        when              | evaluated    || outcome
        'the day before'  | '2024-01-19' || MEETS_MEDICAL_NECESSITY
        'the same day as' | '2024-01-20' || MEETS_MEDICAL_NECESSITY
        'the day after'   | '2024-01-21' || NOT_MEDICALLY_NECESSARY
    }

    def "without #part stated the claim needs more information"() {
        expect:
        decide(qualified('2024-03-15', 'E0601', [part])).outcome == NEEDS_MORE_INFORMATION

        where:
        part << ['in-person-evaluation', 'ahi-rdi']
    }

    def "#fact stated false denies the claim as not reasonable and necessary"() {
        when:
        def d = decide(qualified('2024-03-15').fact(fact, false))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        fact in d.findings(CRITERION_NOT_MET)*.ref

        where:
        fact << ['supplier-instruction', 'valid-sleep-test', 'fda-approved-sleep-test',
                 'sleep-test-ordered-by-treating-practitioner', 'sleep-test-by-medicare-provider']
    }

    def "a claim without the obstructive sleep apnea diagnosis G47.33 is not reasonable and necessary"() {
        when:
        def d = decide(qualified('2024-03-15', 'E0601', ['diagnosis']).diagnosis('G47.30'))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        'diagnosis-osa' in d.findings(CRITERION_NOT_MET)*.ref
    }
}
