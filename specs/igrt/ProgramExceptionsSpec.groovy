package igrt

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

import io.coverkit.kit.GuidelineSpecification

/** PROGRAM EXCEPTIONS: FEP and SAO follow their own guidelines; Medicare Advantage follows this one. */
class ProgramExceptionsSpec extends GuidelineSpecification {

    String guidelineId = '04-77260-19'

    def "a request for a #line member is deferred to the #line guidelines"() {
        given: 'a documented, indicated request for a #line member'
        def request = request().cpt('77387').lineOfBusiness(line)
                .indication('implanted-fiducial-markers').allDocumentsDated('2026-03-01')

        when: 'it is decided'
        def determination = decide(request)

        then: 'it defers to the program, citing its exception'
        determination.outcome == DEFER_TO_PROGRAM
        determination.findings(PROGRAM_EXCEPTION_DEFERS)*.ref == [ref]
        determination.findings(PROGRAM_EXCEPTION_DEFERS)*.text == [text]

        where:
        line  | ref   | text
        'FEP' | 'fep' | 'Federal Employee Program (FEP): Follow FEP guidelines.'
        'SAO' | 'sao' | 'State Account Organization (SAO): Follow SAO guidelines.'
    }

    def "an FEP request with no indication is still deferred, not found unnecessary"() {
        given: 'an FEP request for CPT 77387 with documents but no indication'
        def request = request().cpt('77387').lineOfBusiness('FEP').allDocumentsDated('2026-03-01')

        when: 'it is decided'
        def determination = decide(request)

        then: 'the program exception comes first'
        determination.outcome == DEFER_TO_PROGRAM
        determination.cites('fep')
    }

    def "an SAO request with missing documents is still deferred"() {
        when: 'an indicated SAO request with no documents is decided'
        def determination = decide(request().cpt('77387').lineOfBusiness('SAO').indication('internal-motion'))

        then: 'the program exception comes before documentation, and nothing is asked for that the program decides'
        determination.outcome == DEFER_TO_PROGRAM
        determination.cites('sao')
        determination.missingDocuments.empty
        determination.findings(DOCUMENT_MISSING).empty
    }

    def "a Medicare Advantage request is decided by this guideline and says why"() {
        given: 'a documented, indicated request for a Medicare Advantage member'
        def request = request().cpt('77387').lineOfBusiness('MEDICARE_ADVANTAGE')
                .indication('sensitive-structure-dose-reduction').allDocumentsDated('2026-03-01')

        when: 'it is decided'
        def determination = decide(request)

        then: 'it meets medical necessity and carries the no-NCD/LCD note'
        determination.outcome == MEETS_MEDICAL_NECESSITY
        def note = determination.findings(PROGRAM_EXCEPTION_APPLIES)
        note.size() == 1
        note[0].text.contains('No National Coverage Determination (NCD) and/or Local Coverage Determination (LCD) were found')
        note[0].section == 'PROGRAM EXCEPTIONS'
        determination.findings(PROGRAM_EXCEPTION_DEFERS).empty
    }

    def "Medicare Advantage is held to the position statement and documentation like anyone else: #situation"() {
        when: 'a Medicare Advantage request is decided'
        def determination = decide(request().cpt('77387').on('2026-06-01').lineOfBusiness('MEDICARE_ADVANTAGE')
                .indication(indications as String[]).allDocumentsDated(documentsDated))

        then: 'this guideline decides, and the note is cited each time'
        determination.outcome == outcome
        determination.findings(PROGRAM_EXCEPTION_APPLIES).size() == 1

        where:
        situation                       | indications        | documentsDated || outcome
        'no indication'                 | []                 | '2026-03-01'   || NOT_MEDICALLY_NECESSARY
        'indicated, documents too old'  | ['narrow-margins'] | '2025-11-30'   || INSUFFICIENT_DOCUMENTATION
    }

    def "a request for a #line member carries no program exception finding"() {
        when: 'a documented, indicated request for a #line member is decided'
        def determination = decide(request().cpt('77387').lineOfBusiness(line)
                .indication('dose-escalation').allDocumentsDated('2026-03-01'))

        then: 'this guideline decides with no exception or note'
        determination.outcome == MEETS_MEDICAL_NECESSITY
        determination.findings(PROGRAM_EXCEPTION_DEFERS).empty
        determination.findings(PROGRAM_EXCEPTION_APPLIES).empty

        where:
        line << ['COMMERCIAL', 'MEDICAID']
    }
}
