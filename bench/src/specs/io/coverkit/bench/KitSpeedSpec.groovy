package io.coverkit.bench

import io.coverkit.kit.GuidelineSpecification
import io.coverkit.kit.RequestBuilder
import io.coverkit.request.CoverageRequest

/**
 * Kit speed: 1,000 generated IGRT scenarios written the way an analyst writes them (a request
 * built with the kit, decided, its outcome checked), each against the hand-written rule as an
 * independent oracle. The guideline is compiled once for the whole suite; bench/run times the
 * suite to report the cost of one scenario.
 */
class KitSpeedSpec extends GuidelineSpecification {
    String guidelineId = IgrtRequests.GUIDELINE

    static final HandWrittenIgrt ORACLE = new HandWrittenIgrt(DecisionPaths.digest())

    def "generated scenario #n decides as the hand-written rule does"() {
        expect:
        decide(asScenario(request)).outcome == ORACLE.outcome(request)

        where:
        request << IgrtRequests.generate(1000, 1000L)
        n << (1..1000)
    }

    /** The request as an analyst would build it with the kit. */
    private RequestBuilder asScenario(CoverageRequest r) {
        def scenario = request().on(r.dateOfService().toString()).lineOfBusiness(r.member().lineOfBusiness().name())
        r.procedures().each { p -> p.system() == 'CPT' ? scenario.cpt(p.code()) : scenario.hcpcs(p.code()) }
        r.indications().each { id -> scenario.indication(id) }
        r.documents().each { d -> scenario.document(d.loinc(), d.date().toString()) }
        scenario
    }
}
