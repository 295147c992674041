package immunomodulators

import io.coverkit.api.Decision
import io.coverkit.kit.RequestBuilder

import static io.coverkit.determination.Outcome.*

/**
 * Dupixent is listed in both 2024-01 class pages: the systemic inflammatory disease class (90 days
 * initial) and the respiratory monoclonal antibodies (180 days initial). One published version
 * each, so this table runs over the two classes instead of revisions: the same member asks under
 * each, and each class decides by its own criteria and lengths.
 */
class DupixentAcrossClassesSpec extends ImmunomodulatorSpecification {

    /** Each class reads its own facts; a request naming a fact the guideline never reads is rejected. */
    static final Map<String, Boolean> INFLAMMATORY = ['disease-severity-documented': true, 'dosing-regimen-documented': true,
            'current-active-infection': false, 'negative-tb-test-if-required': true]
    static final Map<String, Boolean> RESPIRATORY = ['prescribed-by-or-with-applicable-specialist': true]

    def "Dupixent under #guideline for #diagnosis: #outcome, #days days"() {
        given:
        RequestBuilder request = RequestBuilder.requestFor(library().evaluator(guideline).orElseThrow().guideline())
                .on(DOS).lineOfBusiness('MEDICAID').bornOn('1980-02-14').drug('dupixent').diagnosis(diagnosis)
                .fact('prescribed-per-fda-labeling', true)
        facts.each { name, value -> request.fact(name, value) }
        request
                .therapy('methotrexate', 'first-line-drugs', '2023-01-01', '2023-03-31', 'FAILURE')
                .therapy('cyclosporine', 'first-line-drugs', '2023-06-01', '2023-08-29', 'FAILURE')
                .therapy('fluticasone-salmeterol-500', 'high-dose-ics-laba', startOf(30), dayBefore(), 'FAILURE')
                .therapy('triamcinolone-cream', 'topical-corticosteroids', '2023-10-01', '2023-11-01', 'FAILURE')
                .therapy('elidel', '2023-12-01', '2024-01-15', 'FAILURE')
                .observation(unit: '%', 'bsa-involvement', '15')

        when:
        def decision = library().decide(guideline, request.build())

        then:
        decision instanceof Decision.Decided
        def d = (decision as Decision.Decided).determination()
        d.outcome == outcome
        d.authorization()?.days() == days

        where:
        guideline                                           | diagnosis | facts         || outcome                 | days
        'ohio-medicaid-updl-2024-01-systemic-inflammatory'  | 'L20.9'   | INFLAMMATORY  || MEETS_MEDICAL_NECESSITY | 90
        'ohio-medicaid-updl-2024-01-respiratory-antibodies' | 'J45.50'  | RESPIRATORY   || MEETS_MEDICAL_NECESSITY | 180
    }
}
