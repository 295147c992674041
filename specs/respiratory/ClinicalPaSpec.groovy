package respiratory

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * The criteria of every request and the clinical PA criteria: FDA labeling, the specialist,
 * chronic rhinosinusitis with nasal polyposis (one oral and one nasal corticosteroid, 30 days
 * each) and chronic urticaria (two different antihistamines, 14 days each).
 */
class ClinicalPaSpec extends RespiratorySpecification {

    def "#fact stated #value decides #outcome"() {
        expect:
        decide(dupixentForAsthma().fact(fact, value)).outcome == outcome

        where:
        fact                                          | value || outcome
        'prescribed-per-fda-labeling'                 | true  || MEETS_MEDICAL_NECESSITY
        'prescribed-per-fda-labeling'                 | false || NOT_MEDICALLY_NECESSARY
        'prescribed-by-or-with-applicable-specialist' | false || NOT_MEDICALLY_NECESSARY
    }

    def "an unstated specialist leaves the request waiting for it"() {
        given:
        def request = request().on(DOS).lineOfBusiness('MEDICAID').bornOn('1990-05-01').drug('dupixent').diagnosis('J45.50')
                .fact('prescribed-per-fda-labeling', true)
        failedTrial(request, 'an-inhaler', 'high-dose-ics-laba', 30)

        expect:
        decide(request).outcome == NEEDS_MORE_INFORMATION
        decide(request).findings(FACT_UNKNOWN)*.ref == ['applicable-specialist']
    }

    def "nasal polyposis needs #oral days of an oral and #nasal days of a nasal corticosteroid: #outcome"() {
        given:
        def request = asking('dupixent').diagnosis('J33.9')
        failedTrial(request, 'prednisone', 'oral-corticosteroids', oral)
        failedTrial(request, 'fluticasone-nasal', 'nasal-corticosteroid-sprays', nasal)

        expect:
        decide(request).outcome == outcome

        where:
        oral | nasal || outcome
        30   | 30    || MEETS_MEDICAL_NECESSITY
        29   | 30    || NOT_MEDICALLY_NECESSARY
        30   | 29    || NOT_MEDICALLY_NECESSARY
        90   | 45    || MEETS_MEDICAL_NECESSITY
    }

    def "chronic urticaria needs two different antihistamines of #first and #second days: #outcome"() {
        given:
        def request = asking('xolair').diagnosis('L50.1')
        request.therapy('cetirizine', 'antihistamines', '2024-01-01', plus('2024-01-01', first), 'FAILURE')
        request.therapy(secondDrug, 'antihistamines', '2024-03-01', plus('2024-03-01', second), 'FAILURE')

        expect:
        decide(request).outcome == outcome

        where:
        first | second | secondDrug   || outcome
        14    | 14     | 'loratadine' || MEETS_MEDICAL_NECESSITY
        14    | 13     | 'loratadine' || NOT_MEDICALLY_NECESSARY
        13    | 14     | 'loratadine' || NOT_MEDICALLY_NECESSARY
        14    | 14     | 'cetirizine' || NOT_MEDICALLY_NECESSARY
    }

    def "the urticaria finding counts the different antihistamines"() {
        when:
        def request = asking('xolair').diagnosis('L50.8')
        request.therapy('cetirizine', 'antihistamines', '2024-01-01', '2024-01-14', 'FAILURE')

        then:
        decide(request).findings().find { it.ref == 'two-antihistamines-14-days' }.text.contains(
                '(1 different therapies of therapy class antihistamines with outcome failure for at least 14 days before 2024-06-03 '
                        + '(cetirizine from 2024-01-01) do not meet the 2 required')
    }

    /** The last day of a trial of {@code days} days from {@code start}, both ends counted. */
    static String plus(String start, int days) {
        java.time.LocalDate.parse(start).plusDays(days - 1).toString()
    }
}
