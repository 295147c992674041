package vocabulary

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

import io.coverkit.compile.GuidelineCompiler
import io.coverkit.dsl.PolicyReader
import io.coverkit.validate.GuidelineValidator
import io.coverkit.eval.Evaluator
import io.coverkit.kit.RequestBuilder
import spock.lang.Shared
import spock.lang.Specification

/**
 * The numbers, closed-world and lines-of-business vocabulary of issue 17, written the way an analyst
 * writes scenarios: named arguments on the request builder (`unit:`, `method:`), `complete(...)`
 * and `plan(...)`, and a `where:` table over every boundary of a two-sided bound. The guideline is
 * built from the NCD 240.4 wording ("AHI or RDI ... greater than or equal to 5 and less than or
 * equal to 14 events per hour") rather than loaded from policies/, so these scenarios pin the
 * vocabulary itself.
 */
class NumbersVocabularySpec extends Specification {

    @Shared
    Evaluator evaluator = compiled('''
            guideline('01-00000-00') {
                title 'Positive airway pressure'
                originalEffectiveDate '2020-01-01'
                lineOfBusiness 'MEDICARE', text: 'Medicare Part A and Part B'
                lineOfBusiness 'ohio-medicaid-managed-care', kind: 'MEDICAID'
                positionStatement {
                    closedWorld 'diagnoses'
                    allOf {
                        anyOf {
                            quantity 'ahi', atLeast: 15, id: 'ahi-15', text: 'AHI greater than or equal to 15 events per hour'
                            allOf {
                                quantity 'ahi', atLeast: 5, lessThan: 15, id: 'ahi-5-to-14',
                                        text: 'AHI greater than or equal to 5 and less than or equal to 14 events per hour',
                                        reading: 'an AHI is a rate with decimals: 14.9 is within "5 to 14", 15 is not'
                                fact 'excessive-daytime-sleepiness'
                            }
                            quantity 'lvef', atMost: 35, unit: '%', method: 'echo', id: 'lvef-echo'
                        }
                        none {
                            since 'stroke', within: 1.year, unstated: 'absent'
                        }
                    }
                }
                billingCoding {
                    codes('HCPCS') {
                        code 'E0601'
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                }
            }
            ''')

    /** The guideline of {@code text}, which must read and validate without a diagnostic, compiled. */
    static Evaluator compiled(String text) {
        def read = new PolicyReader().read('01-00000-00.groovy', text)
        def problems = read.diagnostics() + (read.guideline().present ? new GuidelineValidator().validate(read.guideline().get()) : [])
        if (!problems.empty || read.guideline().empty) {
            throw new AssertionError('the guideline does not read cleanly: ' + problems*.format())
        }
        new GuidelineCompiler().compile(read.guideline().get())
    }

    RequestBuilder request() {
        RequestBuilder.request().hcpcs('E0601').on('2026-06-01').lineOfBusiness('MEDICARE')
    }

    def "an AHI of #ahi with daytime sleepiness #sleepy: #outcome"() {
        given:
        def built = request().observation('ahi', ahi).fact('excessive-daytime-sleepiness', sleepy)
                .observation('lvef', '50', unit: '%', method: 'echo').build()

        when:
        def d = evaluator.decide(built)

        then:
        d.outcome == outcome
        evaluator.outcome(built) == outcome
        d.findings.find { it.ref == 'ahi-5-to-14' }.text.contains(words)

        where:
        ahi     | sleepy | outcome                 | words
        '4.99'  | true   | NOT_MEDICALLY_NECESSARY | 'ahi 4.99 is under 5'
        '5'     | true   | MEETS_MEDICAL_NECESSITY | 'ahi 5 is within 5 to under 15'
        '5'     | false  | NOT_MEDICALLY_NECESSARY | 'ahi 5 is within 5 to under 15'
        '14.9'  | true   | MEETS_MEDICAL_NECESSITY | 'ahi 14.9 is within 5 to under 15'
        '15'    | false  | MEETS_MEDICAL_NECESSITY | 'ahi 15 is not under 15'
    }

    def "an LVEF counts only when measured by echo, converted exactly from a fraction"() {
        expect:
        evaluator.decide(request().observation('ahi', '2').observation('lvef', value, unit: unit, method: method).build())
                .outcome == outcome

        where:
        value  | unit | method | outcome
        '0.35' | '1'  | 'echo' | MEETS_MEDICAL_NECESSITY
        '0.36' | '1'  | 'echo' | NOT_MEDICALLY_NECESSARY
        '35'   | '%'  | 'echo' | MEETS_MEDICAL_NECESSITY
        '30'   | '%'  | 'mri'  | NEEDS_MORE_INFORMATION
    }

    def "a stroke the request does not state is assumed absent, and the determination says so"() {
        when:
        def d = evaluator.decide(request().observation('ahi', '20').build())

        then:
        d.outcome == MEETS_MEDICAL_NECESSITY
        d.findings.findAll { it.kind == ABSENCE_ASSUMED }*.ref == ['stroke-within-1-year']
        d.findings.findAll { it.kind == ABSENCE_ASSUMED }[0].evidence[0].field == 'events'
    }

    def "a member of a line the guideline does not declare is not applicable"() {
        expect:
        evaluator.decide(request().lineOfBusiness(line).with { plan ? it.plan(plan) : it }.observation('ahi', '20').build())
                .outcome == outcome

        where:
        line                 | plan                         | outcome
        'MEDICARE'           | null                         | MEETS_MEDICAL_NECESSITY
        'MEDICARE_ADVANTAGE' | null                         | NOT_APPLICABLE
        'MEDICAID'           | 'ohio-medicaid-managed-care' | MEETS_MEDICAL_NECESSITY
        'MEDICAID'           | null                         | NOT_APPLICABLE
    }

    def "the request says which of its fields are complete"() {
        when:
        def d = evaluator.decide(request().observation('ahi', '20').complete('events').build())

        then:
        d.findings.findAll { it.kind == ABSENCE_ASSUMED }*.text == ['no events stated; taken as absent: the criterion reads an unstated fact as absent']
    }
}
