package immunomodulators

import io.coverkit.kit.GuidelineSpecification
import io.coverkit.kit.RequestBuilder

import java.time.LocalDate

/**
 * What scenarios of the Ohio UPDL 2024-01 systemic inflammatory disease class start from: Ohio
 * Medicaid adults asking prior authorization on 2024-06-03, with the criteria of every request
 * and the clinical PA facts stated, and two first-line drugs that failed after 90 days each.
 */
abstract class ImmunomodulatorSpecification extends GuidelineSpecification {

    static final String DOS = '2024-06-03'

    String getGuidelineId() { 'ohio-medicaid-updl-2024-01-systemic-inflammatory' }

    /** A request for {@code drug} with the facts every initial request states, and no therapy. */
    RequestBuilder bare(String drug) {
        request().on(DOS).lineOfBusiness('MEDICAID').bornOn('1980-02-14').drug(drug)
                .fact('prescribed-per-fda-labeling', true).fact('disease-severity-documented', true)
                .fact('dosing-regimen-documented', true).fact('current-active-infection', false)
                .fact('negative-tb-test-if-required', true)
    }

    /** {@link #bare} with two first-line drugs (methotrexate, then sulfasalazine) that failed after 90 days each. */
    RequestBuilder asking(String drug) {
        bare(drug).therapy('methotrexate', 'first-line-drugs', '2023-01-01', '2023-03-31', 'FAILURE')
                .therapy('sulfasalazine', 'first-line-drugs', '2023-06-01', '2023-08-29', 'FAILURE')
    }

    /** The first day of a trial of {@code days} days that ended the day before the date of service. */
    static String startOf(int days) {
        LocalDate.parse(DOS).minusDays(days).toString()
    }

    /** The day before the date of service. */
    static String dayBefore() {
        LocalDate.parse(DOS).minusDays(1).toString()
    }

    /** The last day of a trial of {@code days} days from {@code start}, both ends counted. */
    static String plus(String start, int days) {
        LocalDate.parse(start).plusDays(days - 1).toString()
    }
}
