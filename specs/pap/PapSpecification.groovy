package pap

import io.coverkit.kit.GuidelineSpecification
import io.coverkit.kit.RequestBuilder
import java.time.LocalDate

/**
 * What every LCD L33718 scenario starts from: a beneficiary with obstructive sleep apnea (G47.33)
 * evaluated in person on 2024-01-10, a sleep test on 2024-01-20 (AHI 20 events per hour, 60 events)
 * that meets every sleep test requirement, instruction from the supplier, and PAP therapy started on
 * {@link #START}. Scenarios change what they test.
 */
abstract class PapSpecification extends GuidelineSpecification {

    /** The first day of PAP therapy in every scenario. */
    static final String START = '2024-03-01'

    String getGuidelineId() { 'cms-lcd-l33718' }

    /**
     * A claim on {@code on} for {@code code} meeting the initial coverage criteria (the first three
     * months need nothing more), leaving out the parts named in {@code without}: {@code diagnosis},
     * {@code in-person-evaluation}, {@code ahi-rdi}, {@code events} (the sleep test's count of events), {@code modifiers} (the KX modifier), {@code pap-start}; the sleep test on {@code sleepTest}, the evaluation 10 days before it.
     */
    RequestBuilder qualified(String on, String code = 'E0601', Collection<String> without = [], String sleepTest = '2024-01-20') {
        def r = request().on(on).lineOfBusiness('MEDICARE').hcpcs(code)
        if (!('modifiers' in without)) {
            r.modifier('KX')
        }
        if (!('diagnosis' in without)) {
            r.diagnosis('G47.33')
        }
        if (!('in-person-evaluation' in without)) {
            r.event('in-person-evaluation', LocalDate.parse(sleepTest).minusDays(10).toString())
        }
        if (!('ahi-rdi' in without)) {
            r.observation('ahi-rdi', '20')
        }
        if (!('events' in without)) {
            r.observation('sleep-test-events', '60')
        }
        r.event('sleep-test', sleepTest)
        r.fact('supplier-instruction', true)
                .fact('valid-sleep-test', true).fact('fda-approved-sleep-test', true)
                .fact('sleep-test-ordered-by-treating-practitioner', true).fact('sleep-test-by-medicare-provider', true)
        if (!('pap-start' in without)) {
            r.event('pap-start', START)
        }
        r
    }

    /** {@link #qualified} on a date after the first three months, re-evaluated on day 60 with improved symptoms and 30 nights of 5 hours from day 1. */
    RequestBuilder continued(String on, String code = 'E0601', Integer reEvaluated = 60) {
        def r = qualified(on, code).fact('symptoms-improved', true)
        if (reEvaluated != null) {
            r.event('clinical-re-evaluation', day(reEvaluated))
        }
        nightly(r, START, 30, 5)
    }

    /** The date {@code n} days after {@link #START}. */
    static String day(int n) {
        LocalDate.parse(START).plusDays(n).toString()
    }

    /** States {@code hours} of PAP use on each of {@code nights} nights from {@code first}. */
    static RequestBuilder nightly(RequestBuilder r, String first, int nights, Number hours) {
        def day = LocalDate.parse(first)
        for (int i = 0; i < nights; i++) {
            r.observation('pap-usage-hours', hours.toString(), 'h', day.plusDays(i).toString())
        }
        r
    }
}
