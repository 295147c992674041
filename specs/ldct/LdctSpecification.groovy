package ldct

import io.coverkit.kit.GuidelineSpecification
import io.coverkit.kit.RequestBuilder
import java.time.LocalDate

/**
 * What every LDCT scenario starts from: a screening with its order and, a month before, the
 * counseling and shared decision-making visit (HCPCS G0296) documenting all four elements, with a
 * written physician order given during it. Scenarios then state the member and change what they test.
 */
abstract class LdctSpecification extends GuidelineSpecification {

    static final List<String> VISIT_ELEMENTS =
            ['eligibility-determination', 'shared-decision-making', 'adherence-counseling', 'smoking-counseling']

    String getGuidelineId() { 'ncd-210.14' }

    /** A screening on {@code on}, billed with {@code system} {@code code}, ordered and counseled as both versions require. */
    RequestBuilder screening(String on, String system = 'HCPCS', String code = 'G0297') {
        def visit = LocalDate.parse(on).minusMonths(1).toString()
        unordered(on, system, code)
                .priorService('HCPCS', 'G0296', visit, VISIT_ELEMENTS)
                .order(visit, true, 'PHYSICIAN', 'counseling-visit')
    }

    /** A screening on {@code on} with no order and no counseling visit stated. */
    RequestBuilder unordered(String on, String system = 'HCPCS', String code = 'G0297') {
        def r = request().on(on)
        system == 'CPT' ? r.cpt(code) : r.hcpcs(code)
    }
}
