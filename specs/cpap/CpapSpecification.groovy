package cpap

import io.coverkit.kit.GuidelineSpecification
import io.coverkit.kit.RequestBuilder

/**
 * What every CPAP scenario under NCD 240.4 starts from: an adult's first claim for a CPAP device
 * (HCPCS E0601) after a clinical evaluation and an attended polysomnogram ordered by the treating
 * physician and supervised, scored by the NCD's definitions: AHI 20 over 6 hours of sleep (120
 * events; the test reported no respiratory effort-related arousals, so the RDI equals the AHI), the
 * beneficiary educated before use. Scenarios change what they test. A request that states one
 * index and not the other leaves the other unknown (see ThresholdsSpec).
 */
abstract class CpapSpecification extends GuidelineSpecification {

    String getGuidelineId() { 'ncd-240.4' }

    /** A qualifying first claim on {@code on} for a beneficiary born {@code born}. */
    RequestBuilder qualifying(String on = '2026-06-01', String born = '1950-03-01') {
        diagnosed(on, born)
                .observation('ahi', '20').observation('rdi', '20')
                .observation('recorded-sleep-hours', '6').observation('recorded-events', '120')
    }

    /** Everything but the index: an adult, evaluated, tested by attended PSG as ordered, educated. */
    RequestBuilder diagnosed(String on = '2026-06-01', String born = '1950-03-01') {
        request().hcpcs('E0601').on(on).bornOn(born)
                .fact('clinical-evaluation', true)
                .fact('positive-attended-psg', true)
                .fact('sleep-test-ordered-by-treating-physician', true)
                .fact('sleep-test-physician-supervised', true)
                .fact('scored-by-ncd-definitions', true)
                .fact('beneficiary-educated-before-use', true)
    }

    /** {@code r} with an AHI and an RDI of {@code value} (a test that scored no arousals besides apneas and hypopneas). */
    RequestBuilder index(RequestBuilder r, String value) {
        r.observation('ahi', value).observation('rdi', value)
    }

    /** The same beneficiary's claim on {@code on}, CPAP having started on {@code started} (a prior E0601 claim). */
    RequestBuilder continuing(String on, String started) {
        qualifying(on).priorService('HCPCS', 'E0601', started).event('cpap-start', started)
    }
}
