package oxygen

import io.coverkit.kit.GuidelineSpecification
import io.coverkit.kit.RequestBuilder

/**
 * What every home oxygen scenario under LCD L33797 starts from: a claim for an oxygen concentrator
 * (HCPCS E1390) with a standard written order and proof of delivery, after a blood gas study that
 * the treating practitioner ordered and evaluated, done in person by a qualified provider and not
 * paid for by a supplier, and whose values qualify for no group: PO2 70 mm Hg and saturation 95%
 * at rest, during sleep and during exercise, no decrease during sleep, hematocrit 45%. No Group IV
 * condition, no Group III condition. Scenarios change one thing to qualify or fail.
 */
abstract class OxygenSpecification extends GuidelineSpecification {

    String getGuidelineId() { 'cms-lcd-l33797' }

    /** The values of a study that qualifies for no group; a scenario replaces some of them. */
    static final Map<String, String> NOT_HYPOXEMIC = [
            'po2-at-rest': '70', 'saturation-at-rest': '95', 'po2-during-sleep': '70', 'saturation-during-sleep': '95',
            'po2-during-exercise': '70', 'saturation-during-exercise': '95',
            'po2-decrease-during-sleep': '0', 'saturation-decrease-during-sleep': '0', 'sleep-oximetry-hours': '6',
            'hematocrit': '45']

    /**
     * A Traditional Medicare member's claim on {@code on} whose study has the values of {@link #NOT_HYPOXEMIC} but
     * those {@code values} replace (a value written {@code [value, unit]} is stated in that unit) (an observation is stated once: a request stating two undated values of one code
     * leaves which counts to the first).
     */
    RequestBuilder notHypoxemic(Map<String, ?> values = [:], String on = '2026-06-01', String code = 'E1390') {
        def r = request().hcpcs(code).on(on).bornOn('1948-05-01').lineOfBusiness('MEDICARE')
                .order(on, true, 'PHYSICIAN', '')
                .fact('proof-of-delivery', true)
                .fact('ordered-and-evaluated', true)
                .fact('inpatient-going-home', false)
                .fact('study-by-qualified-provider', true)
                .fact('study-paid-for-by-supplier', false)
                .fact('oxygen-will-improve-condition', true)
                .fact('tested-in-person', true)
                .fact('qualified-by-recovery-oximetry', false)
                .fact('oximetry-from-home-sleep-test', false)
                .fact('osa-qualified-by-sleep-test', false)
                .fact('emergency-or-standby-only', false)
                .fact('hypoxemia-symptoms', false)
                .fact('tested-at-rest-without-oxygen', true).fact('tested-during-exercise-with-oxygen', true)
                .fact('exercise-tests-in-one-session', true)
                .fact('dependent-edema', false).fact('pulmonary-hypertension-or-cor-pulmonale', false)
                .fact('absence-of-hypoxemia', true).fact('condition-improved-by-oxygen', false)
                .fact('angina-without-hypoxemia', false).fact('dyspnea-without-cor-pulmonale-or-hypoxemia', false)
                .fact('peripheral-vascular-disease-without-systemic-hypoxemia', false)
                .fact('terminal-illness-not-affecting-breathing', false)
        (NOT_HYPOXEMIC + values).each { code_, value ->
            // a value given as [value, unit] is stated in that unit
            value instanceof List ? r.observation(code_, value[0], unit: value[1]) : r.observation(code_, value)
        }
        r
    }

    /** The same claim, qualifying for Group I by a PO2 of 52 mm Hg at rest. */
    RequestBuilder groupOne(String on = '2026-06-01', String code = 'E1390') {
        notHypoxemic(['po2-at-rest': '52'], on, code).fact('absence-of-hypoxemia', false)
    }
}
