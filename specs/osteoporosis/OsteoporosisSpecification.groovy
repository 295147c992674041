package osteoporosis

import io.coverkit.kit.GuidelineSpecification
import io.coverkit.kit.RequestBuilder

/**
 * What osteoporosis scenarios start from: Ohio Medicaid members asking prior authorization on
 * 2026-06-01 for a drug of the bone ossification enhancers list.
 */
abstract class OsteoporosisSpecification extends GuidelineSpecification {

    String getGuidelineId() { 'ohio-medicaid-updl-osteoporosis' }

    /** A request for {@code drug} on {@code on} by a Medicaid member born in 1956, with nothing else stated. */
    RequestBuilder asking(String drug, String on = '2026-06-01') {
        request().on(on).lineOfBusiness('MEDICAID').bornOn('1956-03-10').drug(drug)
    }

    /** A request for risedronate after 120 days of alendronate tablets that failed. */
    RequestBuilder risedronateAfterFailedAlendronate() {
        asking('risedronate').therapy('alendronate-tab', '2025-09-01', '2025-12-29', 'FAILURE')
    }

    /**
     * A postmenopausal woman with M81.0 asking for Tymlos: two years of alendronate tablets
     * (2023-01-01 to 2024-12-31), then teriparatide (Forteo) for 365 days that failed.
     */
    RequestBuilder tymlosCandidate() {
        asking('tymlos').sex('F').fact('postmenopausal', true).diagnosis('M81.0')
                .therapy('alendronate-tab', '2023-01-01', '2024-12-31', 'COMPLETED')
                .therapy('forteo', '2025-01-01', '2025-12-31', 'FAILURE')
    }
}
