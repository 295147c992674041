package igrt

import static io.coverkit.determination.FindingKind.*
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

    def "a request described in a block is decided like a built one"() {
        given: 'the same request, once built with calls and once described in a block'
        def built = request().cpt('77387').on('2026-06-01').indication('implanted-fiducial-markers').allDocumentsDated('2026-03-01')
        def described = request {
            cpt '77387'
            on '2026-06-01'
            indication 'implanted-fiducial-markers'
            allDocumentsDated '2026-03-01'
        }

        expect: 'both meet medical necessity with the same findings'
        decide(described).outcome == MEETS_MEDICAL_NECESSITY
        decide(described).findings() == decide(built).findings()
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

    def "the finding for a met indication quotes the position statement as published: #indication"() {
        when: 'a documented request with one indication is decided'
        def determination = decide(request().cpt('77387').indication(indication).allDocumentsDated('2026-05-01'))

        then: 'its INDICATION_MET finding carries the published text and section'
        def met = determination.findings(INDICATION_MET)
        met*.ref == [indication]
        met*.text == [text]
        met*.section == ['POSITION STATEMENT']

        where:
        indication                   | text
        'implanted-fiducial-markers' | 'Implanted fiducial markers'
        'internal-motion'            | 'Target volume that is subject to daily variation that is due to internal motion'
        'narrow-margins'             | 'Volume of interest that must be covered with narrow margins to adequately protect immediately adjacent structures.'
    }

    def "several indications at once are each cited as met"() {
        given: 'a documented request with three indications'
        def request = request().cpt('77387').on('2026-06-01')
                .indication('dose-escalation', 'internal-motion', 'narrow-margins')
                .allDocumentsDated('2026-04-01')

        when: 'it is decided'
        def determination = decide(request)

        then: 'it meets medical necessity and every indication present is an INDICATION_MET finding'
        determination.outcome == MEETS_MEDICAL_NECESSITY
        determination.findings(INDICATION_MET)*.ref as Set == ['dose-escalation', 'internal-motion', 'narrow-margins'] as Set
        determination.findings(NO_INDICATION_MET).empty
    }

    def "all ten indications at once are all cited as met"() {
        given: 'a documented request naming every indication of the position statement'
        def all = ['bony-anatomy-fails', 'dose-escalation', 'during-radiation-therapy',
                   'implanted-fiducial-markers', 'sensitive-structure-dose-reduction',
                   'close-to-critical-structures', 'near-critical-structures-or-setup-variation',
                   'internal-motion', 'previously-irradiated-adjacent-area', 'narrow-margins']
        def request = request().cpt('77387').indication(all as String[]).allDocumentsDated('2026-04-01')

        when: 'it is decided'
        def determination = decide(request)

        then: 'ten INDICATION_MET findings are listed'
        determination.outcome == MEETS_MEDICAL_NECESSITY
        determination.findings(INDICATION_MET)*.ref as Set == all as Set
    }

    def "without any indication IGRT is not medically necessary"() {
        given: 'a request for CPT 77387 with every document on file but no indication'
        def request = request().cpt('77387').on('2026-06-01').allDocumentsDated('2026-03-01')

        when: 'it is decided'
        def determination = decide(request)

        then: 'it is not medically necessary, and the determination says no indication was met'
        determination.outcome == NOT_MEDICALLY_NECESSARY
        determination.findings(NO_INDICATION_MET).size() == 1
        determination.findings(INDICATION_MET).empty
    }

    def "an indication the guideline does not know is rejected, naming the field"() {
        given: 'a request naming an indication that is not in the position statement'
        def request = request().cpt('77387').indication('left-handed-surgeon').allDocumentsDated('2026-03-01')

        when: 'it is submitted'
        def errors = rejectionOf(request)

        then: 'it is rejected and the error names indications[0]'
        errors*.field == ['indications[0]']
        errors[0].message.contains('left-handed-surgeon')
    }

    def "an unknown indication after a known one is rejected at its own position"() {
        when: 'a request names a known indication, then an unknown one'
        def errors = rejectionOf(request().cpt('77387')
                .indication('internal-motion', 'Implanted fiducial markers').allDocumentsDated('2026-03-01'))

        then: 'the error names indications[1], the one at fault'
        errors*.field == ['indications[1]']
    }
}
