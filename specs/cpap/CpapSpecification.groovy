package cpap

import io.coverkit.kit.GuidelineSpecification
import io.coverkit.kit.RequestBuilder
import java.time.LocalDate

/**
 * What every CPAP scenario under NCD 240.4 starts from: an adult's first claim for a CPAP device
 * (HCPCS E0601) after a clinical evaluation and an attended polysomnogram ordered by the treating
 * physician beforehand and supervised, scored by the NCD's definitions: AHI 20 over 6 hours of sleep (120
 * events; a Traditional Medicare member enrolled in no study; the test reported no respiratory effort-related arousals, so the RDI equals the AHI), the
 * beneficiary educated before use. Scenarios change what they test. A request that states one
 * index and not the other leaves the other unknown (see ThresholdsSpec).
 */
abstract class CpapSpecification extends GuidelineSpecification {

    String getGuidelineId() { 'ncd-240.4' }

    /** A qualifying first claim on {@code on} (CPAP starting that day) for a beneficiary born {@code born}. */
    RequestBuilder qualifying(String on = '2026-06-01', String born = '1950-03-01', String started = on) {
        diagnosed(on, born, started)
                .observation('ahi', '20').observation('rdi', '20')
                .observation('recorded-sleep-hours', '6').observation('recorded-events', '120')
    }

    /**
     * Everything but the index: an adult, evaluated, tested by attended PSG 50 days before CPAP started
     * ({@code started}) as the treating physician ordered 10 days earlier, educated on the day CPAP started.
     */
    RequestBuilder diagnosed(String on = '2026-06-01', String born = '1950-03-01', String started = on) {
        def before = LocalDate.parse(started ?: on)
        def r = request().hcpcs('E0601').on(on).bornOn(born).lineOfBusiness('MEDICARE').noStudies()
                .fact('clinical-evaluation', true)
                .fact('positive-attended-psg', true)
                .event('treating-physician-test-order', before.minusDays(60).toString())
                .event('sleep-test', before.minusDays(50).toString())
                .fact('sleep-test-physician-supervised', true)
                .fact('scored-by-ncd-definitions', true)
        started == null ? r : r.event('cpap-start', started).event('beneficiary-education', started)
    }

    /** {@code r} with an AHI and an RDI of {@code value} (a test that scored no arousals besides apneas and hypopneas). */
    RequestBuilder index(RequestBuilder r, String value) {
        r.observation('ahi', value).observation('rdi', value)
    }

    /** The same beneficiary's claim on {@code on}, CPAP having started on {@code started} (a prior E0601 claim). */
    RequestBuilder continuing(String on, String started) {
        qualifying(on, '1950-03-01', started).priorService('HCPCS', 'E0601', started)
    }
}
