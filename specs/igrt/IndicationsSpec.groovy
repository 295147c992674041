package igrt

import static io.coverkit.determination.Outcome.*

import io.coverkit.kit.GuidelineSpecification

class IndicationsSpec extends GuidelineSpecification {

    String guidelineId = '04-77260-19'

    def "implanted fiducial markers meet medical necessity"() {
        given: 'a request for CPT 77387 on 2026-06-01 with implanted fiducial markers and every document dated within six months'
        def request = request().cpt('77387').on('2026-06-01')
                .indication('implanted-fiducial-markers')
                .allDocumentsDated('2026-03-01')

        when: 'it is decided under 04-77260-19'
        def determination = decide(request)

        then: 'it meets medical necessity and cites the indication'
        determination.outcome == MEETS_MEDICAL_NECESSITY
        determination.cites('implanted-fiducial-markers')
    }

    def "each indication on its own meets medical necessity: #indication"() {
        expect:
        decide(request().cpt('77387').on('2026-06-01').indication(indication).allDocumentsDated('2026-05-01'))
                .outcome == MEETS_MEDICAL_NECESSITY

        where:
        indication << ['bony-anatomy-fails', 'dose-escalation', 'during-radiation-therapy',
                       'implanted-fiducial-markers', 'sensitive-structure-dose-reduction',
                       'close-to-critical-structures', 'near-critical-structures-or-setup-variation',
                       'internal-motion', 'previously-irradiated-adjacent-area', 'narrow-margins']
    }
}
