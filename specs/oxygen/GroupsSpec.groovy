package oxygen

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * The blood gas criteria of Groups I and II at both sides of every bound, Group III, and the Group IV
 * conditions that deny coverage.
 */
class GroupsSpec extends OxygenSpecification {

    def "a study that qualifies for no group is not covered"() {
        expect:
        decide(notHypoxemic()).outcome == NOT_MEDICALLY_NECESSARY
    }

    def "Group I at rest: #observation #value: #outcome"() {
        when:
        def d = decide(notHypoxemic([(observation): value]))

        then:
        d.outcome == outcome
        d.findings(kind)*.ref.contains(clause)

        where:
        observation          | value  || outcome                 | kind              | clause
        'po2-at-rest'        | '55'   || MEETS_MEDICAL_NECESSITY | CRITERION_MET     | 'group-1-po2-at-rest'
        'po2-at-rest'        | '55.5' || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET | 'group-1-po2-at-rest'
        'saturation-at-rest' | '88'   || MEETS_MEDICAL_NECESSITY | CRITERION_MET     | 'group-1-saturation-at-rest'
        'saturation-at-rest' | '88.5' || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET | 'group-1-saturation-at-rest'
    }

    def "Group I during sleep, with a saturation of #awake at rest and #asleep asleep: #outcome"() {
        when:
        def d = decide(notHypoxemic(['saturation-at-rest': awake, 'saturation-during-sleep': asleep, 'po2-at-rest': '60']))

        then:
        d.outcome == outcome
        d.findings(awakeKind)*.ref.contains('awake-saturation-above-88')

        where:
        awake  | asleep || outcome                 | awakeKind
        '95'   | '88'   || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        '95'   | '88.1' || NOT_MEDICALLY_NECESSARY | CRITERION_MET
        '88.1' | '88'   || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        '89'   | '85'   || MEETS_MEDICAL_NECESSITY | CRITERION_MET
    }

    def "Group I during sleep by PO2: #asleep mm Hg asleep with #awake awake: #outcome"() {
        when:
        def d = decide(notHypoxemic(['po2-at-rest': awake, 'po2-during-sleep': asleep]))

        then:
        d.outcome == outcome

        where:
        awake  | asleep || outcome
        '56'   | '55'   || MEETS_MEDICAL_NECESSITY
        '70'   | '55.1' || NOT_MEDICALLY_NECESSARY
        '55.1' | '50'   || MEETS_MEDICAL_NECESSITY
    }

    def "Group I by a decrease during sleep: PO2 down #po2, saturation down #saturation, symptoms #symptoms, #hours hours: #outcome"() {
        when:
        def d = decide(notHypoxemic(['po2-decrease-during-sleep': po2, 'saturation-decrease-during-sleep': saturation,
                'sleep-oximetry-hours': hours]).fact('hypoxemia-symptoms', symptoms))

        then:
        d.outcome == outcome

        where:
        po2    | saturation | symptoms | hours || outcome
        '10.5' | '0'        | true     | '6'   || MEETS_MEDICAL_NECESSITY
        '10'   | '0'        | true     | '6'   || NOT_MEDICALLY_NECESSARY
        '0'    | '5.5'      | true     | '6'   || MEETS_MEDICAL_NECESSITY
        '0'    | '5'        | true     | '6'   || NOT_MEDICALLY_NECESSARY
        '11'   | '6'        | false    | '6'   || NOT_MEDICALLY_NECESSARY
        '11'   | '6'        | true     | '2'   || MEETS_MEDICAL_NECESSITY
        '11'   | '6'        | true     | '1.9' || NOT_MEDICALLY_NECESSARY
    }

    def "Group I during exercise: saturation #exercise exercising, #rest at rest, #documented: #outcome"() {
        when:
        def d = decide(notHypoxemic(['saturation-during-exercise': exercise, 'saturation-at-rest': rest, 'po2-at-rest': '60'])
                .fact(documented, complete))

        then:
        d.outcome == outcome

        where:
        exercise | rest | documented                          | complete || outcome
        '88'     | '92' | 'exercise-tests-in-one-session'     | true     || MEETS_MEDICAL_NECESSITY
        '89'     | '92' | 'exercise-tests-in-one-session'     | true     || NOT_MEDICALLY_NECESSARY
        '88'     | '92' | 'exercise-tests-in-one-session'     | false    || NOT_MEDICALLY_NECESSARY
        '88'     | '92' | 'tested-at-rest-without-oxygen'     | false    || NOT_MEDICALLY_NECESSARY
        '88'     | '92' | 'tested-during-exercise-with-oxygen' | false   || NOT_MEDICALLY_NECESSARY
    }

    def "Group I during exercise by PO2: #exercise mm Hg exercising: #outcome"() {
        expect:
        decide(notHypoxemic(['po2-during-exercise': exercise])).outcome == outcome

        where:
        exercise || outcome
        '55'     || MEETS_MEDICAL_NECESSITY
        '55.5'   || NOT_MEDICALLY_NECESSARY
    }

    def "Group II: #observation #value with dependent edema: #outcome"() {
        when:
        def d = decide(notHypoxemic([(observation): value]).fact('dependent-edema', true))

        then:
        d.outcome == outcome

        where:
        observation                  | value  || outcome
        'po2-at-rest'                | '55.5' || MEETS_MEDICAL_NECESSITY
        'po2-at-rest'                | '59.9' || MEETS_MEDICAL_NECESSITY
        'po2-at-rest'                | '60'   || NOT_MEDICALLY_NECESSARY
        'saturation-at-rest'         | '88.5' || MEETS_MEDICAL_NECESSITY
        'saturation-at-rest'         | '89'   || MEETS_MEDICAL_NECESSITY
        'saturation-at-rest'         | '90'   || NOT_MEDICALLY_NECESSARY
        'po2-during-sleep'           | '56'   || MEETS_MEDICAL_NECESSITY
        'po2-during-sleep'           | '60'   || NOT_MEDICALLY_NECESSARY
        'saturation-during-sleep'    | '89'   || MEETS_MEDICAL_NECESSITY
        'saturation-during-sleep'    | '90'   || NOT_MEDICALLY_NECESSARY
        'po2-during-exercise'        | '59'   || MEETS_MEDICAL_NECESSITY
        'po2-during-exercise'        | '60'   || NOT_MEDICALLY_NECESSARY
        'saturation-during-exercise' | '89'   || MEETS_MEDICAL_NECESSITY
        'saturation-during-exercise' | '90'   || NOT_MEDICALLY_NECESSARY
    }

    def "Group II with a PO2 of 57 at rest needs one of B.: #condition: #outcome"() {
        when:
        def r = notHypoxemic(condition == 'hematocrit' ? ['po2-at-rest': '57', 'hematocrit': value] : ['po2-at-rest': '57'])
        if (condition != 'none' && condition != 'hematocrit') {
            r.fact(condition, true)
        }
        def d = decide(r)

        then:
        d.outcome == outcome

        where:
        condition                                 | value  || outcome
        'none'                                    | ''     || NOT_MEDICALLY_NECESSARY
        'dependent-edema'                         | ''     || MEETS_MEDICAL_NECESSITY
        'pulmonary-hypertension-or-cor-pulmonale' | ''     || MEETS_MEDICAL_NECESSITY
        'hematocrit'                              | '56.5' || MEETS_MEDICAL_NECESSITY
        'hematocrit'                              | '56'   || NOT_MEDICALLY_NECESSARY
    }

    def "Group III: no hypoxemia #absent, a condition oxygen improves #condition: #outcome"() {
        when:
        def d = decide(notHypoxemic().fact('absence-of-hypoxemia', absent).fact('condition-improved-by-oxygen', condition))

        then:
        d.outcome == outcome

        where:
        absent | condition || outcome
        true   | true      || MEETS_MEDICAL_NECESSITY
        true   | false     || NOT_MEDICALLY_NECESSARY
        false  | true      || NOT_MEDICALLY_NECESSARY
    }

    def "Group IV: #condition denies a Group I claim"() {
        when:
        def d = decide(groupOne().fact(condition, true))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET)*.ref.contains(condition)

        where:
        condition << ['angina-without-hypoxemia', 'dyspnea-without-cor-pulmonale-or-hypoxemia',
                      'peripheral-vascular-disease-without-systemic-hypoxemia', 'terminal-illness-not-affecting-breathing']
    }

    def "a Group I claim whose #condition is stated false is not covered"() {
        when:
        def d = decide(groupOne().fact(condition, false))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET)*.ref.contains(condition)

        where:
        condition << ['ordered-and-evaluated', 'study-by-qualified-provider', 'oxygen-will-improve-condition', 'proof-of-delivery']
    }

    def "a Group I claim whose study a supplier paid for is not covered"() {
        expect:
        decide(groupOne().fact('study-paid-for-by-supplier', true)).outcome == NOT_MEDICALLY_NECESSARY
    }

    def "a saturation at rest stated as the fraction #value (unit 1) is compared in percent: #outcome"() {
        when:
        def d = decide(notHypoxemic(['saturation-at-rest': [value, '1']]))

        then:
        d.outcome == outcome

        where:
        value   || outcome
        '0.88'  || MEETS_MEDICAL_NECESSITY
        '0.885' || NOT_MEDICALLY_NECESSARY
    }

    def "a PO2 stated in mm Hg (as mmHg) counts; one in kPa is not compared and leaves the group open"() {
        expect:
        decide(notHypoxemic(['po2-at-rest': ['55', 'mmHg']])).outcome == MEETS_MEDICAL_NECESSITY
        decide(notHypoxemic(['po2-at-rest': ['7.3', 'kPa']])).outcome == NEEDS_MORE_INFORMATION
    }
}
